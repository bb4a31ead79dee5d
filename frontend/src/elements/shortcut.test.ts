import { describe, expect, it } from "vitest";
import { ariaShortcut, matchesShortcut } from "./shortcut";

const press = (key: string, code: string, mods: { ctrl?: boolean; meta?: boolean; alt?: boolean; shift?: boolean } = {}) => ({
  key,
  code,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
});

describe("matchesShortcut", () => {
  it("needs exactly the modifiers of the shortcut; Cmd counts as Ctrl", () => {
    expect(matchesShortcut("Ctrl+K", press("k", "KeyK", { ctrl: true }))).toBe(true);
    expect(matchesShortcut("Ctrl+K", press("k", "KeyK", { meta: true }))).toBe(true);
    expect(matchesShortcut("Ctrl+K", press("k", "KeyK"))).toBe(false);
    expect(matchesShortcut("Ctrl+K", press("K", "KeyK", { ctrl: true, shift: true }))).toBe(false);
    expect(matchesShortcut("K", press("k", "KeyK", { ctrl: true }))).toBe(false);
  });

  it("reads letters and digits by physical key, so Alt+letter works on every layout", () => {
    expect(matchesShortcut("Alt+O", press("ø", "KeyO", { alt: true }))).toBe(true);
    expect(matchesShortcut("Shift+4", press("$", "Digit4", { shift: true }))).toBe(true);
  });

  it("maps named keys to the browser's key values", () => {
    expect(matchesShortcut("Esc", press("Escape", "Escape"))).toBe(true);
    expect(matchesShortcut("Ctrl+Up", press("ArrowUp", "ArrowUp", { ctrl: true }))).toBe(true);
    expect(matchesShortcut("Space", press(" ", "Space"))).toBe(true);
    expect(matchesShortcut("F5", press("F5", "F5"))).toBe(true);
    expect(matchesShortcut("Enter", press("Tab", "Tab"))).toBe(false);
  });
});

describe("ariaShortcut", () => {
  it("spells keys as aria-keyshortcuts expects", () => {
    expect(ariaShortcut("Ctrl+Shift+K")).toBe("Control+Shift+K");
    expect(ariaShortcut("Esc")).toBe("Escape");
  });
});
