// Lazy chunk: decode Arrow IPC payloads and draw a virtualised grid (only visible rows in the DOM).

import { tableFromIPC, type Table as ArrowTable } from "apache-arrow";
import { useEffect, useMemo, useRef, useState } from "react";
import { WIDTHS, renderTyped, type ColumnConfig } from "./cells";

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
  /** Rows of the whole dataset (the decoded frame may hold only its first window). */
  totalRows?: number;
  /** Fetch rows start..end (Arrow IPC with a trailing __row__ column) of the server's view. */
  fetchRows?: FetchRows;
}

export type SortKey = { column: string; ascending: boolean };
export type FetchRows = (start: number, end: number, sort: SortKey[] | null) => Promise<Uint8Array | null>;

const BLOCK = 500;

/**
 * Rows of a large dataset, fetched from the server in blocks of BLOCK rows for the current
 * sort; the first window (unsorted) comes with the element.
 */
function useRemoteRows(frame: Frame, total: number, fetchRows: FetchRows | undefined, sort: SortKey[] | null, first: number, last: number) {
  const remote = fetchRows !== undefined && total > frame.numRows;
  const [blocks, setBlocks] = useState<{ key: string; tables: Map<number, ArrowTable | "loading" | "failed"> }>({ key: "", tables: new Map() });
  const sortKey = JSON.stringify(sort);
  const tables = blocks.key === sortKey ? blocks.tables : new Map<number, ArrowTable | "loading" | "failed">();
  useEffect(() => {
    if (!remote || fetchRows === undefined) return;
    const wanted: number[] = [];
    for (let b = Math.floor(first / BLOCK); b * BLOCK < last; b++) {
      const fromWindow = sort === null && (b + 1) * BLOCK <= frame.numRows;
      if (!fromWindow && !tables.has(b)) wanted.push(b);
    }
    if (wanted.length === 0) return;
    const next = new Map(tables);
    wanted.forEach((b) => next.set(b, "loading"));
    setBlocks({ key: sortKey, tables: next });
    for (const b of wanted) {
      fetchRows(b * BLOCK, Math.min(total, (b + 1) * BLOCK), sort)
        .then((bytes) => (bytes === null ? "failed" : tableFromIPC(bytes)))
        .catch(() => "failed" as const)
        .then((table) =>
          setBlocks((prev) => (prev.key === sortKey ? { key: sortKey, tables: new Map(prev.tables).set(b, table) } : prev)),
        );
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remote, first, last, sortKey, blocks]);

  /** The original row id and a value getter for the row at display position pos. */
  const at = (pos: number): { id: number; value: (c: Column) => unknown } | null => {
    if (sort === null && pos < frame.numRows) return { id: pos, value: (c) => c.get(pos) };
    const table = tables.get(Math.floor(pos / BLOCK));
    if (table === undefined || typeof table === "string") return null;
    const i = pos - Math.floor(pos / BLOCK) * BLOCK;
    const rowColumn = table.getChild("__row__");
    const id = rowColumn ? Number(rowColumn.get(i)) : pos;
    return { id, value: (c) => (c.synthetic ? id : table.getChild(c.name)?.get(i)) };
  };
  return { remote, at };
}

const isNumeric = (typeId: string) => /^(Int|Uint|Float|Decimal)/.test(typeId);

export function Grid({ frame, props, label, editable = false, edits = {}, onEdit, selectedRows, onRowClick, totalRows, fetchRows }: GridProps) {
  const rowHeight = props.row_height ?? 35;
  const heightProp = typeof props.height === "number" ? props.height : null;
  const total = Math.max(totalRows ?? frame.numRows, frame.numRows);
  const bodyHeight = heightProp ?? Math.min(400, (total + 1) * rowHeight + 2);
  const [scrollTop, setScrollTop] = useState(0);
  const [sort, setSort] = useState<{ col: number; asc: boolean } | null>(null);
  const [editing, setEditing] = useState<{ row: number; col: number } | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const visibleCount = Math.ceil(bodyHeight / rowHeight) + 4;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - 2);
  const last = Math.min(total, first + visibleCount);
  const sortKeys = sort === null ? null : [{ column: frame.columns[sort.col].name, ascending: sort.asc }];
  const remoteRows = useRemoteRows(frame, total, fetchRows, sortKeys !== null && frame.columns[sort?.col ?? 0]?.synthetic ? null : sortKeys, first, last);
  const order = useMemo(() => {
    const rows = Array.from({ length: frame.numRows }, (_, i) => i);
    if (sort === null || remoteRows.remote) return rows;
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
  }, [frame, sort, remoteRows.remote]);
  const styler = props.styler ?? null;
  /** The row at a display position: its original id and value getter (null while loading). */
  const rowAt = (pos: number): { id: number; value: (c: Column) => unknown } | null => {
    if (remoteRows.remote) return remoteRows.at(pos);
    const id = order[pos];
    return { id, value: (c) => c.get(id) };
  };
  const cellText = (row: number, c: Column, value: unknown): string => {
    const edited = edits[String(row)]?.[c.name];
    if (edited !== undefined) return formatCell(edited, c.typeId);
    if (styler?.display_values && !c.isIndex) {
      const shown = styler.display_values[row]?.[c.dataPos];
      if (shown !== undefined) return shown;
    }
    return formatCell(value, c.typeId);
  };
  const cellContent = (row: number, c: Column, value: unknown): React.ReactNode => {
    const text = cellText(row, c, value);
    if (edits[String(row)]?.[c.name] !== undefined) return text;
    return renderTyped(value, text, c.config) ?? text;
  };
  const template = frame.columns
    .map((c) => {
      const width = c.config?.width;
      if (typeof width === "number") return `${width}px`;
      if (typeof width === "string" && WIDTHS[width]) return `${WIDTHS[width]}px`;
      return c.isIndex ? "minmax(3rem, max-content)" : "minmax(6rem, 1fr)";
    })
    .join(" ");
  return (
    <div className="grid-wrap">
      <div
        className="grid"
        role="grid"
        aria-label={label}
        aria-rowcount={total + 1}
        aria-colcount={frame.columns.length}
        ref={ref}
        style={{ height: bodyHeight, overflow: "auto" }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
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
                onClick={() => setSort(sort?.col === i ? (sort.asc ? { col: i, asc: false } : null) : { col: i, asc: true })}
                title={c.config?.help ?? undefined}
              >
                {c.label}
                {sort?.col === i ? (sort.asc ? " ↑" : " ↓") : ""}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" style={{ height: total * rowHeight, position: "relative" }}>
          {Array.from({ length: Math.max(0, last - first) }, (_, k) => first + k).map((pos, k) => {
            const found = rowAt(pos);
            const row = found?.id ?? -1 - pos;
            return (
            <div
              key={found === null ? `loading-${pos}` : row}
              role="row"
              aria-rowindex={first + k + 2}
              aria-selected={selectedRows ? selectedRows.includes(row) : undefined}
              className={`grid-row${selectedRows?.includes(row) ? " selected" : ""}${pos === total - 1 ? " last" : ""}`}
              onClick={onRowClick ? () => onRowClick(row) : undefined}
              style={{ gridTemplateColumns: template, position: "absolute", top: (first + k) * rowHeight, height: rowHeight, left: 0, right: 0 }}
            >
              {frame.columns.map((c, i) => {
                const isEditing = editing !== null && editing.row === row && editing.col === i;
                const style = styler?.styles?.[`${row},${c.dataPos}`];
                return (
                  <div
                    key={i}
                    role={c.isIndex ? "rowheader" : "gridcell"}
                    aria-colindex={i + 1}
                    className={`grid-cell${isNumeric(c.typeId) ? " num" : ""}${c.isIndex ? " index" : ""}`}
                    style={style ? cssFromText(style) : undefined}
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
