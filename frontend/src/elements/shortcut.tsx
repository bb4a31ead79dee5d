// Keyboard shortcuts of buttons (st.button(shortcut="Ctrl+K")): the server sends one spelling,
// modifiers first in the order Ctrl, Alt, Shift, then the key ("K", "F5", "Enter", "Esc", "Up"...).

import { useEffect, type RefObject } from "react";

const KEY_VALUES: Record<string, string> = {
  Down: "ArrowDown",
  Up: "ArrowUp",
  Left: "ArrowLeft",
  Right: "ArrowRight",
  Esc: "Escape",
  Space: " ",
};

const ARIA_KEYS: Record<string, string> = { Ctrl: "Control", Esc: "Escape", Space: "Space", Up: "ArrowUp", Down: "ArrowDown", Left: "ArrowLeft", Right: "ArrowRight" };

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

export function matchesShortcut(shortcut: string, e: Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">): boolean {
  const parts = shortcut.split("+");
  const key = parts[parts.length - 1] ?? "";
  const mods = new Set(parts.slice(0, -1));
  if (mods.has("Ctrl") !== (e.ctrlKey || e.metaKey)) return false;
  if (mods.has("Alt") !== e.altKey) return false;
  if (mods.has("Shift") !== e.shiftKey) return false;
  if (key.length === 1) return e.code === (/\d/.test(key) ? `Digit${key}` : `Key${key}`) || e.key.toUpperCase() === key;
  return e.key === (KEY_VALUES[key] ?? key);
}

/** The shortcut as this platform spells it: Ctrl+K, or ⌘K on a Mac. */
export function shortcutLabel(shortcut: string): string {
  if (!isMac) return shortcut;
  return shortcut.replace("Ctrl+", "⌘").replace("Alt+", "⌥").replace("Shift+", "⇧");
}

/** aria-keyshortcuts spelling: "Control+Shift+K". */
export function ariaShortcut(shortcut: string): string {
  return shortcut
    .split("+")
    .map((part) => ARIA_KEYS[part] ?? part)
    .join("+");
}

/** Click ``ref`` when the shortcut is pressed anywhere in the page (plain keys not while typing in a field). */
export function useShortcut(shortcut: string | null | undefined, ref: RefObject<HTMLElement | null>, disabled: boolean): void {
  useEffect(() => {
    if (!shortcut || disabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || !matchesShortcut(shortcut, e)) return;
      const target = e.target as HTMLElement | null;
      const typing = target !== null && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable);
      if (typing && !(e.ctrlKey || e.metaKey || e.altKey)) return;
      e.preventDefault();
      ref.current?.click();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [shortcut, disabled, ref]);
}

export function ShortcutHint({ shortcut }: { shortcut: string | null | undefined }) {
  if (!shortcut) return null;
  return (
    <kbd className="shortcut-hint" aria-hidden="true">
      {shortcutLabel(shortcut)}
    </kbd>
  );
}
