// Column widths: st.column_config widths, and the user's drag (or arrow keys) on a header's resize handle.

import { useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from "react";
import { WIDTHS } from "./cells";
import type { Column, Frame } from "./gridFrame";
import { naturalWidths } from "./gridMeasure";

const MIN_WIDTH = 40;

export function useColumnWidths(frame: Frame) {
  const [widths, setWidths] = useState<Record<number, number>>({});
  const resizing = useRef(false);
  const natural = useMemo(() => naturalWidths(frame), [frame]);
  /** The CSS grid-template-columns of every row: a set or dragged width in pixels, an index column at
   *  its natural width, the others sharing the row in proportion to their natural widths. */
  const template = frame.columns
    .map((c, i) => {
      if (widths[i] !== undefined) return `${widths[i]}px`;
      const width = c.config?.width;
      if (typeof width === "number") return `${width}px`;
      if (typeof width === "string" && WIDTHS[width]) return `${WIDTHS[width]}px`;
      return c.isIndex ? `${natural[i]}px` : `minmax(4rem, ${natural[i]}fr)`;
    })
    .join(" ");
  const startResize = (col: number, event: ReactPointerEvent<HTMLDivElement>) => {
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
  /** True while a drag is under way (and just after it): the header's click must not sort then. */
  const isResizing = () => resizing.current;
  return { widths, template, startResize, resizeBy, isResizing };
}

export type ColumnWidths = ReturnType<typeof useColumnWidths>;

/** The handle on a column header's right edge: drag it, or focus it and press ← or →. */
export function ResizeHandle({ col, column, widths }: { col: number; column: Column; widths: ColumnWidths }) {
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize column ${column.label || col + 1}`}
      aria-valuenow={widths.widths[col]}
      tabIndex={0}
      className="grid-resize"
      onPointerDown={(e) => widths.startResize(col, e)}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
        e.preventDefault();
        e.stopPropagation();
        widths.resizeBy(col, e.key === "ArrowRight" ? 10 : -10, e.currentTarget.parentElement);
      }}
    />
  );
}
