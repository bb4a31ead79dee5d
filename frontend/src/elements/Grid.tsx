import type { CSSProperties } from "react";
import { defineNode } from "./types";
import { GAPS } from "./Container";
import { NodeView, nodeKey } from "../NodeView";
import type { Entry } from "../store";
import { Grid, type GridProps } from "../nodes.gen";

const AUTO_MIN_WIDTH = 200; // px: the narrowest an automatic column gets
const AUTO_MAX_COLUMNS = 24;
const ALIGN: Record<string, string> = { top: "flex-start", center: "center", bottom: "flex-end" };

function gapLength(gap: string | number | null): string {
  if (gap === null) return "0px";
  return typeof gap === "number" ? `${gap}px` : GAPS[gap] ?? "1rem";
}

/** The CSS grid of st.grid: equal columns that reflow with the width (or keep their count and scroll). */
export function gridStyle(props: GridProps): CSSProperties {
  const min = `${props.min_column_width ?? AUTO_MIN_WIDTH}px`;
  const columnGap = gapLength(props.column_gap);
  let columns: string;
  if (props.columns === null) {
    // As many columns as fit, but never narrower than the container (a single column may be).
    columns = `repeat(auto-fill, minmax(max(min(100%, ${min}), calc((100% - ${AUTO_MAX_COLUMNS - 1} * ${columnGap}) / ${AUTO_MAX_COLUMNS})), 1fr))`;
  } else if (props.wrap) {
    // At most `columns`, dropping one whenever a column would be narrower than the minimum.
    const share = `calc((100% - ${props.columns - 1} * ${columnGap}) / ${props.columns})`;
    columns = `repeat(auto-fill, minmax(max(min(100%, ${min}), ${share}), 1fr))`;
  } else {
    columns = `repeat(${props.columns}, minmax(${min}, 1fr))`;
  }
  const style: CSSProperties = {
    display: "grid",
    gridTemplateColumns: columns,
    gridAutoRows: props.row_height === null ? "auto" : `${props.row_height}px`,
    gridAutoFlow: props.dense ? "row dense" : "row",
    rowGap: gapLength(props.row_gap),
    columnGap,
    ["--grid-align" as string]: ALIGN[props.vertical_alignment] ?? "flex-start",
  };
  if (!props.wrap) style.overflowX = "auto";
  if (typeof props.width === "number") style.width = `${props.width}px`;
  if (typeof props.height === "number") Object.assign(style, { height: `${props.height}px`, overflowY: "auto" });
  else if (props.height === "stretch") style.height = "100%";
  return style;
}

/** A cell's place: grid.cell() spans columns (or the whole row) and rows. */
function cellStyle(entry: Entry): CSSProperties | undefined {
  if (entry.node.type !== "GridCell") return undefined;
  const span = entry.node.props.column_span;
  const rows = entry.node.props.row_span;
  return {
    gridColumn: typeof span === "number" ? `span ${span}` : "1 / -1",
    gridRow: typeof rows === "number" && rows > 1 ? `span ${rows}` : undefined,
  };
}

export default defineNode(Grid, ({ props, childEntries }) => (
  <div
    className={`block grid-layout${props.border ? " grid-bordered" : ""}${props.row_height === null ? "" : " fixed-rows"}`}
    style={gridStyle(props)}
  >
    {childEntries.map((entry) => (
      <NodeView key={nodeKey(entry)} entry={entry} style={cellStyle(entry)} />
    ))}
  </div>
));
