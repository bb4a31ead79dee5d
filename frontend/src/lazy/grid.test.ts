import { describe, expect, it } from "vitest";
import { csvField, rowScale } from "./grid";
import { alignClass } from "./gridFrame";

describe("csvField", () => {
  it("quotes fields with commas, quotes or line breaks", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });
});

describe("rowScale", () => {
  it("places rows at row * height when the body is small", () => {
    const scale = rowScale(1000, 35, 300, 350);
    expect(scale.bodyPx).toBe(35_000);
    expect(scale.topRow).toBe(10);
    expect(scale.rowTop(12)).toBe(420);
  });

  it("maps the scroll range onto every row of a huge table", () => {
    const rows = 100_000_000;
    const top = rowScale(rows, 35, 350, 0);
    expect(top.bodyPx).toBeLessThan(33_000_000);
    expect(top.topRow).toBe(0);
    const end = rowScale(rows, 35, 350, top.bodyPx - 350);
    expect(end.topRow).toBe(rows - 10);
    // The last row ends at the bottom of the viewport.
    expect(end.rowTop(rows - 1) + 35 - (top.bodyPx - 350)).toBeCloseTo(350);
    const middle = rowScale(rows, 35, 350, (top.bodyPx - 350) / 2);
    expect(Math.abs(middle.topRow - rows / 2)).toBeLessThan(10);
  });
});

describe("column alignment", () => {
  it("follows column_config, else numbers right and the rest left", () => {
    expect(alignClass({ typeId: "Int64", config: {} })).toBe(" num");
    expect(alignClass({ typeId: "Utf8", config: {} })).toBe("");
    expect(alignClass({ typeId: "Int64", config: { alignment: "left" } })).toBe("");
    expect(alignClass({ typeId: "Utf8", config: { alignment: "right" } })).toBe(" num");
    expect(alignClass({ typeId: "Utf8", config: { alignment: "center" } })).toBe(" center");
  });
  it("leaves numbers drawn as bars or charts left unless told", () => {
    expect(alignClass({ typeId: "Int64", config: { type_config: { type: "progress" } } })).toBe("");
    expect(alignClass({ typeId: "Int64", config: { type_config: { type: "number" } } })).toBe(" num");
    expect(alignClass({ typeId: "Int64", config: { type_config: { type: "progress" }, alignment: "right" } })).toBe(" num");
  });
});
