// The app's own keys, as in Streamlit: R reruns the script, C asks to clear the caches.
// Plain keys only (no Ctrl, Alt or ⌘), and never while the user types in a field.

import { useEffect, useRef } from "react";

export type AppShortcut = "rerun" | "clearCache";

const KEYS: Record<string, AppShortcut> = { r: "rerun", c: "clearCache" };

function isTyping(target: EventTarget | null): boolean {
  const el = target as Partial<HTMLElement> | null;
  return el !== null && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? "") || el.isContentEditable === true);
}

/** The app shortcut a key press means, or null. */
export function appShortcut(e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "target">): AppShortcut | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return null;
  return KEYS[e.key] ?? null;
}

/** Run actions[shortcut] when its key is pressed anywhere in the page. */
export function useAppShortcuts(actions: Record<AppShortcut, () => void>): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const shortcut = appShortcut(e);
      if (shortcut !== null) latest.current[shortcut]();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
