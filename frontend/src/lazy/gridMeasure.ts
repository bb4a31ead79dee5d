// A column's natural width, from its title and the text of its first rows: the grid shares the
// row's width among the columns in proportion to it, as Streamlit's data grid does (a long text
// column gets more room than a column of small numbers; short columns share equally).

import { formatCell, type Column, type Frame } from "./gridFrame";

/** The narrowest natural width of a data column, and of a column drawn as a bar or a chart. */
export const MIN_NATURAL = 100;
export const MIN_NATURAL_DRAWN = 150;
/** The narrowest index column. */
export const MIN_INDEX = 50;
/** The widest natural width: longer text is cut with an ellipsis (the column can be resized). */
export const MAX_NATURAL = 400;
/** How many rows are read to size a column. */
export const SAMPLED_ROWS = 100;
/** A cell's horizontal padding and the header's sort arrow. */
const CELL_PADDING = 16;
const HEADER_EXTRA = 20;
const FONT = '14px "Source Sans 3", system-ui, sans-serif';
const DRAWN = new Set(["progress", "line_chart", "bar_chart", "area_chart"]);

type Measure = (text: string) => number;

/** Text width in pixels on a canvas in the grid's font, or an estimate where there is no canvas (tests). */
export function textMeasurer(): Measure {
  const context = typeof document === "undefined" ? null : document.createElement("canvas").getContext?.("2d");
  if (!context) return (text) => text.length * 7;
  context.font = FONT;
  return (text) => context.measureText(text).width;
}

/** The natural width of `column`: its widest sampled text, within the bounds of its kind. */
export function naturalWidth(column: Column, rows: number, measure: Measure): number {
  let widest = measure(column.label) + HEADER_EXTRA;
  for (let row = 0; row < Math.min(rows, SAMPLED_ROWS); row++) {
    widest = Math.max(widest, measure(formatCell(column.get(row), column.typeId)));
  }
  const width = Math.ceil(widest + CELL_PADDING);
  if (column.isIndex) return Math.min(Math.max(width, MIN_INDEX), MAX_NATURAL);
  const drawn = DRAWN.has(String(column.config?.type_config?.type ?? ""));
  return Math.min(Math.max(width, drawn ? MIN_NATURAL_DRAWN : MIN_NATURAL), MAX_NATURAL);
}

/** The natural width of every column of `frame`, in order. */
export function naturalWidths(frame: Frame, measure: Measure = textMeasurer()): number[] {
  return frame.columns.map((column) => naturalWidth(column, frame.numRows, measure));
}
