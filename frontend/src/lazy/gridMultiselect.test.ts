import { describe, expect, it } from "vitest";
import { editorOptions } from "./gridMultiselect";
import { listCell } from "../elements/DataEditor";

describe("the multiselect cell editor", () => {
  it("offers the column's options, then the cell's other values", () => {
    expect(editorOptions([{ value: "a", label: "A" }, { value: "b" }], ["b", "z"])).toEqual([{ value: "a", label: "A" }, { value: "b" }, { value: "z" }]);
    expect(editorOptions(null, ["x"])).toEqual([{ value: "x" }]);
  });

  it("parses a list edit from JSON, or from comma-separated text", () => {
    expect(listCell('["a","c"]')).toEqual(["a", "c"]);
    expect(listCell("a, c ,")).toEqual(["a", "c"]);
    expect(listCell("")).toEqual([]);
  });
});
