// Clicks inside cells of the lazy grid (ButtonColumn) become Trigger messages. The grid has no
// socket of its own: a cell dispatches a bubbling DOM event, and the app sends it.

import { useEffect } from "react";
import type { ClientMessage } from "../protocol.gen";

export const CELL_TRIGGER = "desk-cell-trigger";

export interface CellTrigger {
  widget_id: string;
  value: unknown;
}

/** Ask the app to send Trigger{widget_id, value}, from an element inside the page. */
export function sendCellTrigger(from: Element, widgetId: string, value: unknown): void {
  from.dispatchEvent(new CustomEvent<CellTrigger>(CELL_TRIGGER, { bubbles: true, detail: { widget_id: widgetId, value } }));
}

/** Send the cells' triggers while the app is mounted. */
export function useCellTriggers(send: (message: ClientMessage) => void): void {
  useEffect(() => {
    const onTrigger = (event: Event) => {
      const detail = (event as CustomEvent<CellTrigger>).detail;
      if (typeof detail?.widget_id === "string") send({ type: "Trigger", widget_id: detail.widget_id, value: detail.value });
    };
    document.addEventListener(CELL_TRIGGER, onTrigger);
    return () => document.removeEventListener(CELL_TRIGGER, onTrigger);
  }, [send]);
}
