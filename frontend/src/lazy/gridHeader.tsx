// The header row: one column header per column; a click sorts (ascending, descending, off), the edge resizes.

import { useId } from "react";
import type { GridData } from "./gridData";
import { alignClass, type Frame } from "./gridFrame";
import { ResizeHandle, type ColumnWidths } from "./gridResize";

export function GridHeader({ frame, data, widths }: { frame: Frame; data: Pick<GridData, "sort" | "toggleSort">; widths: ColumnWidths }) {
  const uid = useId();
  const { sort } = data;
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" aria-rowindex={1} className="grid-row head" style={{ gridTemplateColumns: widths.template }}>
        {frame.columns.map((c, i) => (
          <div
            key={i}
            role="columnheader"
            aria-colindex={i + 1}
            aria-sort={sort?.col === i ? (sort.asc ? "ascending" : "descending") : undefined}
            className={`grid-cell head${alignClass(c)}${c.isIndex ? " index" : ""}`}
            onClick={() => {
              if (widths.isResizing()) return;
              data.toggleSort(i);
            }}
            title={c.config?.help ?? undefined}
            aria-labelledby={`${uid}-h${i}`}
          >
            <span id={`${uid}-h${i}`}>
              {c.label}
              {sort?.col === i ? (sort.asc ? " ↑" : " ↓") : ""}
            </span>
            <ResizeHandle col={i} column={c} widths={widths} />
          </div>
        ))}
      </div>
    </div>
  );
}
