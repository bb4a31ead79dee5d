// Lazy chunk: decode Arrow IPC payloads and draw a virtualised grid (only visible rows in the DOM).

import { tableFromIPC, type Table as ArrowTable } from "apache-arrow";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { WIDTHS, renderTyped, type ColumnConfig } from "./cells";
import { bridge, toBase64 } from "../bridge";

export interface FrameProps {
  num_rows?: number | string;
  index_columns?: string[];
  column_order?: string[] | null;
  column_config?: Record<string, ColumnConfig> | null;
  hide_index?: boolean | null;
  height?: number | string | null;
  row_height?: number | null;
  styler?: { display_values?: string[][]; styles?: Record<string, string>; caption?: string | null } | null;
  border?: boolean | string;
}

export interface Column {
  name: string;
  label: string;
  isIndex: boolean;
  typeId: string;
  get: (row: number) => unknown;
  /** Position among the non-index Arrow columns (for Styler display values), -1 for index columns. */
  dataPos: number;
  /** Row numbers shown for a default (range) index that is not in the data. */
  synthetic?: boolean;
  /** st.column_config for this column (by name, "_index" or "_pos:<n>"). */
  config?: ColumnConfig;
}

export interface Frame {
  numRows: number;
  columns: Column[];
}

const INDEX_NAME = /^__index_level_\d+__$/;

export function decodeFrame(bytes: Uint8Array, props: FrameProps): Frame {
  const table: ArrowTable = tableFromIPC(bytes);
  const indexNames = new Set(props.index_columns ?? []);
  const config = props.column_config ?? {};
  const fields = table.schema.fields;
  let pos = 0;
  const all: Column[] = fields.map((field, i) => {
    const vector = table.getChildAt(i);
    const isIndex = indexNames.has(field.name);
    const dataPos = isIndex ? -1 : pos++;
    const cfg: ColumnConfig = config[field.name] ?? (isIndex ? config._index : config[`_pos:${dataPos}`]) ?? {};
    const label = typeof cfg.label === "string" ? cfg.label : INDEX_NAME.test(field.name) ? "" : field.name;
    return { name: field.name, label, isIndex, typeId: String(field.type), get: (row: number) => vector?.get(row), dataPos, config: cfg };
  });
  const hidden = (c: Column) => c.config?.hidden === true;
  let data = all.filter((c) => !c.isIndex && !hidden(c));
  if (props.column_order) {
    const order = props.column_order;
    data = order.map((name) => data.find((c) => c.name === name)).filter((c): c is Column => c !== undefined);
  }
  let index: Column[] = [];
  if (props.hide_index !== true) {
    index = all.filter((c) => c.isIndex && !hidden(c));
    if (index.length === 0 && (props.index_columns ?? []).length === 0) {
      // A default (range) index is not stored in the Arrow data: show row numbers.
      const cfg = config._index;
      if (cfg?.hidden !== true) {
        const label = typeof cfg?.label === "string" ? cfg.label : "";
        index = [{ name: "", label, isIndex: true, typeId: "Int64", get: (row: number) => row, dataPos: -1, synthetic: true, config: cfg }];
      }
    }
  }
  return { numRows: table.numRows, columns: [...index, ...data] };
}

export function formatCell(value: unknown, typeId: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    if (/^Timestamp|^Date/.test(typeId)) {
      const d = new Date(value);
      if (/^Date/.test(typeId)) return d.toISOString().slice(0, 10);
      return d.toISOString().replace("T", " ").replace(/\.000Z$/, "").replace("Z", "");
    }
    if (Number.isInteger(value)) return String(value);
    return String(Math.round(value * 1e4) / 1e4);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const maybe = value as { toJSON?: () => unknown; toArray?: () => unknown[] };
    if (typeof maybe.toArray === "function") return JSON.stringify(Array.from(maybe.toArray(), (v) => (typeof v === "bigint" ? Number(v) : v)));
    if (typeof maybe.toJSON === "function") return JSON.stringify(maybe.toJSON());
  }
  return String(value);
}

export interface GridProps {
  frame: Frame;
  props: FrameProps;
  label?: string;
  editable?: boolean;
  edits?: Record<string, Record<string, unknown>>;
  onEdit?: (row: number, column: string, text: string) => void;
  /** Row selection (st.dataframe on_select): selected row positions, and a click handler. */
  selectedRows?: number[];
  onRowClick?: (row: number) => void;
  /** Clicking a row header toggles this row (data_editor's row selection for deletion). */
  onRowHeaderClick?: (row: number) => void;
  /** The Delete key in the grid (outside a cell editor). */
  onDeleteKey?: () => void;
  /** Rows (original positions) left out of the view: a data_editor's deleted rows. */
  hiddenRows?: number[];
  /** Rows of the whole dataset (the decoded frame may hold only its first window). */
  totalRows?: number;
  /** Fetch rows start..end (Arrow IPC with a trailing __row__ column) of the server's view. */
  fetchRows?: FetchRows;
  /** Extra controls drawn in the grid's toolbar. */
  toolbar?: React.ReactNode;
}

export type SortKey = { column: string; ascending: boolean };
export interface FetchedRows {
  bytes: Uint8Array;
  /** Rows of the view (after search); null when the server did not say. */
  total: number | null;
}
export type FetchRows = (start: number, end: number, sort: SortKey[] | null, search: string | null) => Promise<FetchedRows | null>;

const BLOCK = 500;
/** Rows asked for at once when downloading the whole view (the server's limit is 10,000). */
const EXPORT_CHUNK = 10_000;

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
  const at = (pos: number): { id: number; value: (c: Column) => unknown } | null => {
    if (plain && pos < frame.numRows) return { id: pos, value: (c) => c.get(pos) };
    const table = tables.get(Math.floor(pos / BLOCK));
    if (table === undefined || typeof table === "string") return null;
    return tableRow(table, pos - Math.floor(pos / BLOCK) * BLOCK, pos);
  };
  return { remote, at, viewTotal };
}

/** Row i of a fetched window: its original position (__row__) and a value getter. */
function tableRow(table: ArrowTable, i: number, fallback: number): { id: number; value: (c: Column) => unknown } {
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

const isNumeric = (typeId: string) => /^(Int|Uint|Float|Decimal)/.test(typeId);

/** One CSV field (RFC 4180 quoting). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A file name for an export, like 2026-01-31_12-00-00_export.csv. */
function exportName(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}_${p(d.getHours())}-${p(d.getMinutes())}-${p(d.getSeconds())}_export.csv`;
}

/** Save bytes: through the desktop window's save dialog when present, else a browser download. */
async function saveBytes(name: string, bytes: Uint8Array, mimetype: string): Promise<void> {
  const api = bridge();
  if (api?.save_file) {
    await api.save_file(name, toBase64(bytes));
    return;
  }
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimetype }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const MIN_WIDTH = 40;

export function Grid({
  frame,
  props,
  label,
  editable = false,
  edits = {},
  onEdit,
  selectedRows,
  onRowClick,
  onRowHeaderClick,
  onDeleteKey,
  hiddenRows,
  totalRows,
  fetchRows,
  toolbar,
}: GridProps) {
  const rowHeight = props.row_height ?? 35;
  const heightProp = typeof props.height === "number" ? props.height : null;
  const total = Math.max(totalRows ?? frame.numRows, frame.numRows);
  const [scrollTop, setScrollTop] = useState(0);
  const [sort, setSort] = useState<{ col: number; asc: boolean } | null>(null);
  const [editing, setEditing] = useState<{ row: number; col: number } | null>(null);
  const [searchText, setSearchText] = useState("");
  const [search, setSearch] = useState("");
  const [searchOpen, setSearchOpen] = useState(false);
  const [widths, setWidths] = useState<Record<number, number>>({});
  const [cells, setCells] = useState<{ anchor: { pos: number; col: number }; focus: { pos: number; col: number } } | null>(null);
  const [exporting, setExporting] = useState(false);
  const resizing = useRef(false);
  const uid = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(searchText.trim()), 250);
    return () => clearTimeout(timer);
  }, [searchText]);
  useEffect(() => {
    // A new search starts at the top.
    if (ref.current) ref.current.scrollTop = 0;
    setScrollTop(0);
    setCells(null);
  }, [search]);
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
  const bodyHeight = bodyHeightFor(search === "" ? shownTotal : total);
  const last = Math.min(shownTotal, first + visibleCount);
  useEffect(() => setScaleTotal(shownTotal), [shownTotal]);
  /** The row at a display position: its original id and value getter (null while loading). */
  const rowAt = (pos: number): { id: number; value: (c: Column) => unknown } | null => {
    if (remoteRows.remote) return remoteRows.at(pos);
    const id = order[pos];
    if (id === undefined) return null;
    return { id, value: (c) => c.get(id) };
  };
  const cellContent = (row: number, c: Column, value: unknown): React.ReactNode => {
    const text = cellText(row, c, value);
    if (edits[String(row)]?.[c.name] !== undefined) return text;
    return renderTyped(value, text, c.config) ?? text;
  };
  const template = frame.columns
    .map((c, i) => {
      if (widths[i] !== undefined) return `${widths[i]}px`;
      const width = c.config?.width;
      if (typeof width === "number") return `${width}px`;
      if (typeof width === "string" && WIDTHS[width]) return `${WIDTHS[width]}px`;
      return c.isIndex ? "minmax(3rem, max-content)" : "minmax(6rem, 1fr)";
    })
    .join(" ");
  const range = cells === null
    ? null
    : {
        top: Math.min(cells.anchor.pos, cells.focus.pos),
        bottom: Math.max(cells.anchor.pos, cells.focus.pos),
        left: Math.min(cells.anchor.col, cells.focus.col),
        right: Math.max(cells.anchor.col, cells.focus.col),
      };
  const inRange = (pos: number, col: number) => range !== null && pos >= range.top && pos <= range.bottom && col >= range.left && col <= range.right;
  /** The selected cells as tab-separated text (rows by newline). */
  const selectionText = (): string | null => {
    if (range === null) return null;
    const lines: string[] = [];
    for (let pos = range.top; pos <= range.bottom; pos++) {
      const found = rowAt(pos);
      const fields: string[] = [];
      for (let col = range.left; col <= range.right; col++) {
        const c = frame.columns[col];
        fields.push(found === null || c === undefined ? "" : cellText(found.id, c, found.value(c)).replace(/[\t\r\n]+/g, " "));
      }
      lines.push(fields.join("\t"));
    }
    return lines.join("\n");
  };
  const startResize = (col: number, event: React.PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const header = event.currentTarget.parentElement;
    const startWidth = header?.getBoundingClientRect().width ?? 100;
    const startX = event.clientX;
    resizing.current = true;
    const move = (e: PointerEvent) => setWidths((w) => ({ ...w, [col]: Math.max(MIN_WIDTH, Math.round(startWidth + e.clientX - startX)) }));
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      setTimeout(() => (resizing.current = false), 0);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  };
  const resizeBy = (col: number, delta: number, header: HTMLElement | null) =>
    setWidths((w) => ({ ...w, [col]: Math.max(MIN_WIDTH, Math.round((w[col] ?? header?.getBoundingClientRect().width ?? 100) + delta)) }));
  const downloadCsv = async () => {
    setExporting(true);
    try {
      const lines = [frame.columns.map((c) => csvField(c.label)).join(",")];
      const line = (found: { id: number; value: (c: Column) => unknown }) =>
        frame.columns.map((c) => csvField(formatCell(edits[String(found.id)]?.[c.name] ?? found.value(c), c.typeId))).join(",");
      if (remoteRows.remote && fetchRows !== undefined) {
        let count = remoteRows.viewTotal ?? total;
        for (let start = 0; start < count; ) {
          const got = await fetchRows(start, Math.min(count, start + EXPORT_CHUNK), serverSort, search === "" ? null : search);
          if (got === null) throw new Error("the server did not send the rows");
          const table = tableFromIPC(got.bytes);
          if (got.total !== null) count = got.total;
          for (let i = 0; i < table.numRows; i++) lines.push(line(tableRow(table, i, start + i)));
          if (table.numRows === 0) break;
          start += table.numRows;
        }
      } else {
        for (let pos = 0; pos < order.length; pos++) {
          const found = rowAt(pos);
          if (found !== null) lines.push(line(found));
        }
      }
      await saveBytes(exportName(), new TextEncoder().encode(lines.join("\n") + "\n"), "text/csv");
    } catch (error) {
      console.warn("desk: CSV download failed:", error);
    } finally {
      setExporting(false);
    }
  };
  const filtered = search !== "";
  return (
    <div className="grid-wrap">
      <div className="grid-toolbar" role="toolbar" aria-label="Table tools">
        {toolbar}
        {searchOpen || filtered ? (
          <>
            <input
              type="search"
              className="grid-search"
              aria-label="Search"
              placeholder="Search"
              autoFocus
              value={searchText}
              onChange={(e) => setSearchText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Escape") {
                  setSearchText("");
                  setSearch("");
                  setSearchOpen(false);
                }
              }}
            />
            <span className="grid-count" role="status">
              {filtered ? `${shownTotal.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows` : ""}
            </span>
          </>
        ) : (
          <button type="button" className="grid-tool" aria-label="Search" title="Search" onClick={() => setSearchOpen(true)}>
            ⌕
          </button>
        )}
        <button type="button" className="grid-tool" aria-label="Download as CSV" title="Download as CSV" disabled={exporting} onClick={() => void downloadCsv()}>
          ⤓
        </button>
      </div>
      <div
        className="grid"
        role="grid"
        aria-label={label}
        aria-rowcount={shownTotal + 1}
        aria-colcount={frame.columns.length}
        aria-multiselectable={selectedRows !== undefined && selectedRows.length > 1 ? true : undefined}
        tabIndex={0}
        ref={ref}
        style={{ height: bodyHeight, overflow: "auto" }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={(e) => {
          if ((e.target as HTMLElement).tagName === "INPUT") return;
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "c") {
            const text = selectionText();
            if (text !== null) navigator.clipboard?.writeText(text).catch(() => undefined);
          } else if ((e.key === "Home" || e.key === "End") && e.currentTarget === e.target) {
            e.preventDefault();
            const el = e.currentTarget;
            el.scrollTop = e.key === "Home" ? 0 : el.scrollHeight;
          } else if ((e.key === "Delete" || e.key === "Backspace") && onDeleteKey) {
            e.preventDefault();
            onDeleteKey();
          }
        }}
        onCopy={(e) => {
          if ((e.target as HTMLElement).tagName === "INPUT") return;
          const text = selectionText();
          if (text === null) return;
          e.clipboardData.setData("text/plain", text);
          e.preventDefault();
        }}
      >
        <div role="rowgroup" className="grid-head">
          <div role="row" aria-rowindex={1} className="grid-row head" style={{ gridTemplateColumns: template }}>
            {frame.columns.map((c, i) => (
              <div
                key={i}
                role="columnheader"
                aria-colindex={i + 1}
                aria-sort={sort?.col === i ? (sort.asc ? "ascending" : "descending") : undefined}
                className={`grid-cell head${isNumeric(c.typeId) ? " num" : ""}${c.isIndex ? " index" : ""}`}
                onClick={() => {
                  if (resizing.current) return;
                  setSort(sort?.col === i ? (sort.asc ? { col: i, asc: false } : null) : { col: i, asc: true });
                }}
                title={c.config?.help ?? undefined}
                aria-labelledby={`${uid}-h${i}`}
              >
                <span id={`${uid}-h${i}`}>
                  {c.label}
                  {sort?.col === i ? (sort.asc ? " ↑" : " ↓") : ""}
                </span>
                <div
                  role="separator"
                  aria-orientation="vertical"
                  aria-label={`Resize column ${c.label || i + 1}`}
                  aria-valuenow={widths[i]}
                  tabIndex={0}
                  className="grid-resize"
                  onPointerDown={(e) => startResize(i, e)}
                  onClick={(e) => e.stopPropagation()}
                  onKeyDown={(e) => {
                    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
                    e.preventDefault();
                    e.stopPropagation();
                    resizeBy(i, e.key === "ArrowRight" ? 10 : -10, e.currentTarget.parentElement);
                  }}
                />
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" style={{ height: rowScale(shownTotal, rowHeight, 0, 0).bodyPx, position: "relative" }}>
          {Array.from({ length: Math.max(0, last - first) }, (_, k) => first + k).map((pos, k) => {
            const found = rowAt(pos);
            const row = found?.id ?? -1 - pos;
            return (
            <div
              key={found === null ? `loading-${pos}` : row}
              role="row"
              aria-rowindex={first + k + 2}
              aria-selected={selectedRows ? selectedRows.includes(row) : undefined}
              className={`grid-row${selectedRows?.includes(row) ? " selected" : ""}${pos === shownTotal - 1 ? " last" : ""}`}
              onClick={onRowClick ? () => onRowClick(row) : undefined}
              style={{ gridTemplateColumns: template, position: "absolute", top: scale.rowTop(first + k), height: rowHeight, left: 0, right: 0 }}
            >
              {frame.columns.map((c, i) => {
                const isEditing = editing !== null && editing.row === row && editing.col === i;
                const style = styler?.styles?.[`${row},${c.dataPos}`];
                const picked = inRange(pos, i);
                return (
                  <div
                    key={i}
                    role={c.isIndex ? "rowheader" : "gridcell"}
                    aria-colindex={i + 1}
                    aria-selected={picked ? true : undefined}
                    className={`grid-cell${isNumeric(c.typeId) ? " num" : ""}${c.isIndex ? " index" : ""}${picked ? " picked" : ""}`}
                    style={style ? cssFromText(style) : undefined}
                    onClick={(e) => {
                      const at = { pos, col: i };
                      setCells(e.shiftKey && cells !== null ? { anchor: cells.anchor, focus: at } : { anchor: at, focus: at });
                      if (c.isIndex && onRowHeaderClick && found !== null) onRowHeaderClick(row);
                    }}
                    onDoubleClick={() => editable && !c.isIndex && setEditing({ row, col: i })}
                  >
                    {found === null ? (
                      <span className="cell-loading">…</span>
                    ) : isEditing ? (
                      <input
                        autoFocus
                        className="cell-editor"
                        aria-label={`Edit ${c.label} row ${row + 1}`}
                        defaultValue={cellText(row, c, found.value(c))}
                        onBlur={(e) => {
                          onEdit?.(row, c.name, e.target.value);
                          setEditing(null);
                        }}
                        onKeyDown={(e) => {
                          if (e.key === "Enter") (e.target as HTMLInputElement).blur();
                          if (e.key === "Escape") setEditing(null);
                        }}
                      />
                    ) : (
                      cellContent(row, c, found.value(c))
                    )}
                  </div>
                );
              })}
            </div>
            );
          })}
        </div>
      </div>
      {styler?.caption ? <div className="caption-text">{styler.caption}</div> : null}
    </div>
  );
}

function cssFromText(text: string): React.CSSProperties {
  const style: Record<string, string> = {};
  for (const part of text.split(";")) {
    const [k, v] = part.split(":");
    if (!k || v === undefined) continue;
    const name = k.trim().replace(/-([a-z])/g, (_m, ch: string) => ch.toUpperCase());
    style[name] = v.trim();
  }
  return style as React.CSSProperties;
}

export function StaticTable({ frame, props }: { frame: Frame; props: FrameProps }) {
  const styler = props.styler ?? null;
  return (
    <div className={`static-table${props.border === false ? " no-border" : props.border === "horizontal" ? " horizontal" : ""}`}>
      <table>
        <thead>
          <tr>
            {frame.columns.map((c, i) => (
              <th key={i} className={isNumeric(c.typeId) ? "num" : ""}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: frame.numRows }, (_, row) => (
            <tr key={row}>
              {frame.columns.map((c, i) => {
                const Tag = c.isIndex ? "th" : "td";
                const shown = !c.isIndex ? styler?.display_values?.[row]?.[c.dataPos] : undefined;
                const style = styler?.styles?.[`${row},${c.dataPos}`];
                return (
                  <Tag key={i} className={isNumeric(c.typeId) ? "num" : ""} style={style ? cssFromText(style) : undefined}>
                    {shown ?? formatCell(c.get(row), c.typeId)}
                  </Tag>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {styler?.caption ? <div className="caption-text">{styler.caption}</div> : null}
    </div>
  );
}
