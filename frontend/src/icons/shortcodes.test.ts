import { describe, expect, it } from "vitest";
import { EMOJI_COUNT, emojiFor } from "./emoji";
import { parseShortcodes, shortcodesInHtml } from "./shortcodes";

describe("shortcodes", () => {
  it("maps common emoji names", () => {
    expect(emojiFor("rocket")).toBe("🚀");
    expect(emojiFor("+1")).toBe("👍");
    expect(emojiFor("constructor")).toBeUndefined();
    expect(EMOJI_COUNT).toBeGreaterThan(200);
  });

  it("splits labels into text and material icons", () => {
    expect(parseShortcodes(":material/home: Home")).toEqual([
      { kind: "material", name: "home" },
      { kind: "text", text: " Home" },
    ]);
    expect(parseShortcodes(":rocket: go :unknown_name: at 12:30:00")).toEqual([{ kind: "text", text: "🚀 go :unknown_name: at 12:30:00" }]);
  });

  it("replaces shortcodes in HTML text but not in code or tags", () => {
    const html = '<p>:tada: <a title=":tada:">x</a> <code>:tada:</code> :material/star:</p>';
    expect(shortcodesInHtml(html)).toBe(
      '<p>🎉 <a title=":tada:">x</a> <code>:tada:</code> <span class="material-icon" aria-hidden="true" translate="no" data-icon="star">star</span></p>',
    );
  });
});
