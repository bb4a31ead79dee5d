import { describe, expect, it } from "vitest";
import { appShortcut } from "./shortcuts";

const press = (key: string, target: Partial<HTMLElement> | null = { tagName: "BODY", isContentEditable: false }, mods: Partial<KeyboardEvent> = {}) =>
  appShortcut({ key, ctrlKey: false, metaKey: false, altKey: false, target: target as EventTarget | null, ...mods });

describe("app shortcuts", () => {
  it("R reruns and C asks to clear the cache", () => {
    expect(press("r")).toBe("rerun");
    expect(press("c")).toBe("clearCache");
    expect(press("x")).toBeNull();
  });

  it("ignores the keys while the user types in a field", () => {
    for (const tagName of ["INPUT", "TEXTAREA", "SELECT"]) expect(press("c", { tagName })).toBeNull();
    expect(press("c", { tagName: "DIV", isContentEditable: true })).toBeNull();
  });

  it("leaves Ctrl+C, ⌘C and Alt+R to the browser", () => {
    expect(press("c", undefined, { ctrlKey: true })).toBeNull();
    expect(press("c", undefined, { metaKey: true })).toBeNull();
    expect(press("r", undefined, { altKey: true })).toBeNull();
  });
});
