// The rows a grid shows: sort and search, rows fetched from the server in blocks for large or
// searched datasets, and which rows the scroll position puts in the DOM (virtualisation).

import { tableFromIPC, type Table as ArrowTable } from "apache-arrow";
import { useEffect, useMemo, useState, type RefObject } from "react";
import { formatCell, type Column, type Frame, type FrameProps } from "./gridFrame";

export type SortKey = { column: string; ascending: boolean };
export interface FetchedRows {
  bytes: Uint8Array;
  /** Rows of the view (after search); null when the server did not say. */
  total: number | null;
}
export type FetchRows = (start: number, end: number, sort: SortKey[] | null, search: string | null) => Promise<FetchedRows | null>;

/** A row of the view: its original position and a value getter. */
export interface RowRef {
  id: number;
  value: (c: Column) => unknown;
}

const BLOCK = 500;

type Block = ArrowTable | "loading" | "failed";

/**
 * Rows of a large (or searched) dataset, fetched from the server in blocks of BLOCK rows for
 * the current sort and search; the first window (unsorted, unsearched) comes with the element.
 */
function useRemoteRows(frame: Frame, total: number, fetchRows: FetchRows | undefined, sort: SortKey[] | null, search: string, first: number, last: number) {
  const remote = fetchRows !== undefined && (total > frame.numRows || search !== "");
  const [blocks, setBlocks] = useState<{ key: string; tables: Map<number, Block>; total: number | null }>({ key: "", tables: new Map(), total: null });
  const viewKey = JSON.stringify([sort, search]);
  const current = blocks.key === viewKey;
  const tables = current ? blocks.tables : new Map<number, Block>();
  const viewTotal = current && blocks.total !== null ? blocks.total : search === "" ? total : null;
  const plain = sort === null && search === "";
  const fetchTotal = viewTotal ?? total;
  const fetchLast = Math.min(fetchTotal, last);
  useEffect(() => {
    if (!remote || fetchRows === undefined) return;
    const wanted: number[] = [];
    for (let b = Math.floor(first / BLOCK); b * BLOCK < Math.max(fetchLast, first === 0 ? 1 : 0); b++) {
      const fromWindow = plain && (b + 1) * BLOCK <= frame.numRows;
      if (!fromWindow && !tables.has(b)) wanted.push(b);
    }
    if (wanted.length === 0) return;
    const next = new Map(tables);
    wanted.forEach((b) => next.set(b, "loading"));
    setBlocks({ key: viewKey, tables: next, total: current ? blocks.total : null });
    for (const b of wanted) {
      fetchRows(b * BLOCK, Math.min(fetchTotal, (b + 1) * BLOCK), sort, search === "" ? null : search)
        .then((got) => (got === null ? { table: "failed" as const, total: null } : { table: tableFromIPC(got.bytes), total: got.total }))
        .catch(() => ({ table: "failed" as const, total: null }))
        .then(({ table, total: count }) =>
          setBlocks((prev) =>
            prev.key === viewKey ? { key: viewKey, tables: new Map(prev.tables).set(b, table), total: count ?? prev.total } : prev,
          ),
        );
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remote, first, fetchLast, viewKey, blocks]);

  /** The original row id and a value getter for the row at display position pos. */
  const at = (pos: number): RowRef | null => {
    if (plain && pos < frame.numRows) return { id: pos, value: (c) => c.get(pos) };
    const table = tables.get(Math.floor(pos / BLOCK));
    if (table === undefined || typeof table === "string") return null;
    return tableRow(table, pos - Math.floor(pos / BLOCK) * BLOCK, pos);
  };
  return { remote, at, viewTotal };
}

/** Row i of a fetched window: its original position (__row__) and a value getter. */
export function tableRow(table: ArrowTable, i: number, fallback: number): RowRef {
  const rowColumn = table.getChild("__row__");
  const id = rowColumn ? Number(rowColumn.get(i)) : fallback;
  return { id, value: (c) => (c.synthetic ? id : table.getChild(c.name)?.get(i)) };
}

/** Tallest scroll body drawn (browsers cap element heights near 33 million pixels). */
const MAX_BODY_PX = 8_000_000;

/**
 * Where rows sit for a scroll position. Up to MAX_BODY_PX the body is rows * rowHeight tall;
 * past it, the body is MAX_BODY_PX tall and the scroll position maps proportionally to a row,
 * with the rows drawn around the viewport.
 */
export function rowScale(rows: number, rowHeight: number, viewportPx: number, scrollTop: number) {
  const fullPx = rows * rowHeight;
  if (fullPx <= MAX_BODY_PX) return { bodyPx: fullPx, topRow: scrollTop / rowHeight, rowTop: (pos: number) => pos * rowHeight };
  const maxScroll = Math.max(1, MAX_BODY_PX - viewportPx);
  const rowsOut = Math.max(0, rows - viewportPx / rowHeight);
  const topRow = Math.min(1, Math.max(0, scrollTop / maxScroll)) * rowsOut;
  return { bodyPx: MAX_BODY_PX, topRow, rowTop: (pos: number) => scrollTop + (pos - topRow) * rowHeight };
}

/** The search text as typed, and the search applied: trimmed, 250 ms after the last key. */
function useSearch() {
  const [searchText, setSearchText] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), 250);
    return () => clearTimeout(timer);
  }, [searchText]);
  const clearSearch = () => {
    setSearchText("");
    setSearch("");
  };
  return { searchText, setSearchText, search, clearSearch };
}

export interface GridDataArgs {
  frame: Frame;
  props: FrameProps;
  edits: Record<string, Record<string, unknown>>;
  hiddenRows?: number[];
  totalRows?: number;
  fetchRows?: FetchRows;
  /** The scrolling element: a new search scrolls it back to the top. */
  scroller: RefObject<HTMLDivElement | null>;
}

export function useGridData({ frame, props, edits, hiddenRows, totalRows, fetchRows, scroller }: GridDataArgs) {
  const rowHeight = props.row_height ?? 35;
  const heightProp = typeof props.height === "number" ? props.height : null;
  const total = Math.max(totalRows ?? frame.numRows, frame.numRows);
  const [scrollTop, setScrollTop] = useState(0);
  const [sort, setSort] = useState<{ col: number; asc: boolean } | null>(null);
  const { searchText, setSearchText, search, clearSearch } = useSearch();
  useEffect(() => {
    // A new search starts at the top.
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [search, scroller]);
  const sortKeys = sort === null ? null : [{ column: frame.columns[sort.col].name, ascending: sort.asc }];
  const serverSort = sortKeys !== null && frame.columns[sort?.col ?? 0]?.synthetic ? null : sortKeys;
  const bodyHeightFor = (rows: number) => heightProp ?? Math.min(400, (rows + 1) * rowHeight + 2);
  const visibleCount = Math.ceil(bodyHeightFor(total) / rowHeight) + 4;
  // Row count of the view as last drawn: sets the scroll scale (see rowScale).
  const [scaleTotal, setScaleTotal] = useState(total);
  const scale = rowScale(scaleTotal, rowHeight, bodyHeightFor(total) - rowHeight, scrollTop);
  const first = Math.max(0, Math.floor(scale.topRow) - 2);
  const remoteRows = useRemoteRows(frame, total, fetchRows, serverSort, search, first, first + visibleCount);
  const styler = props.styler ?? null;
  const hidden = useMemo(() => new Set(hiddenRows ?? []), [hiddenRows]);
  /** A cell's text: an edit, else the Styler's display value, else the formatted value. */
  const cellText = (row: number, c: Column, value: unknown): string => {
    const edited = edits[String(row)]?.[c.name];
    if (edited !== undefined) return formatCell(edited, c.typeId);
    if (styler?.display_values && !c.isIndex) {
      const shown = styler.display_values[row]?.[c.dataPos];
      if (shown !== undefined) return shown;
    }
    return formatCell(value, c.typeId);
  };
  const order = useMemo(() => {
    let rows = Array.from({ length: frame.numRows }, (_, i) => i);
    if (remoteRows.remote) return rows;
    if (hidden.size > 0) rows = rows.filter((r) => !hidden.has(r));
    if (search !== "") {
      const needle = search.toLowerCase();
      rows = rows.filter((r) => frame.columns.some((c) => cellText(r, c, c.get(r)).toLowerCase().includes(needle)));
    }
    if (sort === null) return rows;
    const column = frame.columns[sort.col];
    const key = (r: number) => column.get(r);
    rows.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return (x < y ? -1 : 1) * (sort.asc ? 1 : -1);
    });
    return rows;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [frame, sort, remoteRows.remote, hidden, search]);
  const shownTotal = remoteRows.remote ? (remoteRows.viewTotal ?? total) : order.length;
  useEffect(() => setScaleTotal(shownTotal), [shownTotal]);
  /** The row at a display position: its original id and value getter (null while loading). */
  const rowAt = (pos: number): RowRef | null => {
    if (remoteRows.remote) return remoteRows.at(pos);
    const id = order[pos];
    if (id === undefined) return null;
    return { id, value: (c) => c.get(id) };
  };
  /** Click on a column header: ascending, then descending, then unsorted. */
  const toggleSort = (col: number) => setSort(sort?.col === col ? (sort.asc ? { col, asc: false } : null) : { col, asc: true });
  return {
    rowHeight,
    total,
    sort,
    toggleSort,
    searchText,
    setSearchText,
    search,
    clearSearch,
    serverSort,
    remote: remoteRows.remote,
    viewTotal: remoteRows.viewTotal,
    /** Rows of the local view (the decoded frame after hiding, search and sort). */
    localRows: order.length,
    shownTotal,
    bodyHeight: bodyHeightFor(search === "" ? shownTotal : total),
    first,
    last: Math.min(shownTotal, first + visibleCount),
    rowTop: scale.rowTop,
    onScroll: setScrollTop,
    rowAt,
    cellText,
  };
}

export type GridData = ReturnType<typeof useGridData>;
