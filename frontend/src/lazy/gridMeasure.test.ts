import { describe, expect, it } from "vitest";
import type { Column } from "./gridFrame";
import { MAX_NATURAL, MIN_INDEX, MIN_NATURAL, MIN_NATURAL_DRAWN, naturalWidth, naturalWidths } from "./gridMeasure";

const byLength = (text: string) => text.length * 7;
const column = (label: string, values: unknown[], extra: Partial<Column> = {}): Column => ({
  name: label, label, isIndex: false, typeId: "Utf8", get: (row) => values[row], dataPos: 0, ...extra,
});

describe("natural column widths", () => {
  it("gives a long text column more room than short columns, which share the least width", () => {
    const text = column("name", ["a fairly long description of an item"]);
    const small = column("x", [1]);
    expect(naturalWidth(small, 1, byLength)).toBe(MIN_NATURAL);
    expect(naturalWidth(text, 1, byLength)).toBeGreaterThan(2 * MIN_NATURAL);
  });

  it("caps very long text, keeps bars and charts wider, and sizes an index to its content", () => {
    expect(naturalWidth(column("t", ["x".repeat(500)]), 1, byLength)).toBe(MAX_NATURAL);
    const bar = column("done", [0.5], { config: { type_config: { type: "progress" } } as Column["config"] });
    expect(naturalWidth(bar, 1, byLength)).toBe(MIN_NATURAL_DRAWN);
    const index = column("", [0, 1, 2], { isIndex: true, typeId: "Int64" });
    expect(naturalWidth(index, 3, byLength)).toBe(MIN_INDEX);
  });

  it("reads only the first rows", () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i < 100 ? "a" : "x".repeat(60)));
    expect(naturalWidths({ numRows: 1000, columns: [column("c", values)] }, byLength)).toEqual([MIN_NATURAL]);
  });
});
