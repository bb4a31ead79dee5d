// A decoded data frame: Arrow IPC bytes to columns (index first, hidden ones left out, in
// column_order), and the text of a cell value.

import { tableFromIPC, type Table as ArrowTable } from "apache-arrow";
import type { CSSProperties } from "react";
import type { ColumnConfig, TableProps } from "../nodes.gen";
import { alignsRight } from "./cells";

/** The props the grid reads, which every data element carries (st.table's border only it). */
export type FrameProps = Pick<TableProps, "index_columns" | "column_order" | "column_config" | "hide_index" | "height" | "row_height" | "styler"> &
  Partial<Pick<TableProps, "border">>;

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

export const isNumeric = (typeId: string) => /^(Int|Uint|Float|Decimal)/.test(typeId);

/**
 * A column's alignment class: its column_config alignment, else right for numbers (unless drawn
 * as bars or charts) and left for the rest.
 */
export function alignClass(c: Pick<Column, "typeId" | "config">): string {
  const alignment = c.config?.alignment;
  if (alignment === "center") return " center";
  if (alignment === "right") return " num";
  if (alignment === "left") return "";
  return alignsRight(isNumeric(c.typeId), c.config) ? " num" : "";
}

/** A Styler's CSS text ("color: red; font-weight: bold") as a React style. */
export function cssFromText(text: string): CSSProperties {
  const style: Record<string, string> = {};
  for (const part of text.split(";")) {
    const [k, v] = part.split(":");
    if (!k || v === undefined) continue;
    const name = k.trim().replace(/-([a-z])/g, (_m, ch: string) => ch.toUpperCase());
    style[name] = v.trim();
  }
  return style as CSSProperties;
}
