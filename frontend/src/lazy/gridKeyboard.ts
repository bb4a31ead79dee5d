// Keys on the grid (outside a cell editor or the search field): Ctrl/⌘+C and Copy copy the
// selected cells, Home and End jump to the first and last row, Delete and Backspace call onDeleteKey.

import type { ClipboardEvent, KeyboardEvent } from "react";

const inField = (target: EventTarget) => (target as HTMLElement).tagName === "INPUT";

export function gridKeyHandlers(selectionText: () => string | null, onDeleteKey: (() => void) | undefined) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (inField(e.target)) return;
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
  };
  const onCopy = (e: ClipboardEvent<HTMLDivElement>) => {
    if (inField(e.target)) return;
    const text = selectionText();
    if (text === null) return;
    e.clipboardData.setData("text/plain", text);
    e.preventDefault();
  };
  return { onKeyDown, onCopy };
}
