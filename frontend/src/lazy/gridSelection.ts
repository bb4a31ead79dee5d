// Cell selection: click a cell, shift-click to extend to a rectangle; its text is what Copy puts on the clipboard.

import { useCallback, useState } from "react";
import type { Frame } from "./gridFrame";
import type { GridData } from "./gridData";

type Cell = { pos: number; col: number };

export function useCellSelection(frame: Frame, data: Pick<GridData, "rowAt" | "cellText">) {
  const [cells, setCells] = useState<{ anchor: Cell; focus: Cell } | null>(null);
  const range =
    cells === null
      ? null
      : {
          top: Math.min(cells.anchor.pos, cells.focus.pos),
          bottom: Math.max(cells.anchor.pos, cells.focus.pos),
          left: Math.min(cells.anchor.col, cells.focus.col),
          right: Math.max(cells.anchor.col, cells.focus.col),
        };
  const isPicked = (pos: number, col: number) => range !== null && pos >= range.top && pos <= range.bottom && col >= range.left && col <= range.right;
  /** Select one cell, or (extend) the rectangle from the anchor to it. */
  const pick = (pos: number, col: number, extend: boolean) => {
    const at = { pos, col };
    setCells(extend && cells !== null ? { anchor: cells.anchor, focus: at } : { anchor: at, focus: at });
  };
  const clear = useCallback(() => setCells(null), []);
  /** The selected cells as tab-separated text (rows by newline). */
  const selectionText = (): string | null => {
    if (range === null) return null;
    const lines: string[] = [];
    for (let pos = range.top; pos <= range.bottom; pos++) {
      const found = data.rowAt(pos);
      const fields: string[] = [];
      for (let col = range.left; col <= range.right; col++) {
        const c = frame.columns[col];
        fields.push(found === null || c === undefined ? "" : data.cellText(found.id, c, found.value(c)).replace(/[\t\r\n]+/g, " "));
      }
      lines.push(fields.join("\t"));
    }
    return lines.join("\n");
  };
  return { isPicked, pick, clear, selectionText };
}

export type CellSelection = ReturnType<typeof useCellSelection>;
