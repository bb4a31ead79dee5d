import { describe, expect, it } from "vitest";
import { selectionOf, seriesList } from "./echartsSelection";

describe("selectionOf", () => {
  const series = [{ id: "sales", name: "Sales" }, {}];

  it("groups native and brushed picks by series, sorted, without empty groups", () => {
    const got = selectionOf(
      series,
      [{ seriesIndex: 1, dataIndex: [4, 2] }, { seriesIndex: 0, dataIndex: [] }],
      [{ seriesIndex: 1, dataIndex: [2, 3] }, { seriesIndex: 0, dataIndex: [0] }],
      [],
    );
    expect(got.selected).toEqual([
      { series_index: 0, series_id: "sales", series_name: "Sales", data_type: "main", data_indices: [0] },
      { series_index: 1, series_id: null, series_name: null, data_type: "main", data_indices: [2, 3, 4] },
    ]);
    expect(got.areas).toEqual([]);
  });

  it("keeps brush areas that have coordinates, with their index", () => {
    const got = selectionOf(series, [], [], [{ brushType: "rect" }, { brushType: "lineX", coordRange: [0.5, 3.5] }]);
    expect(got.areas).toEqual([{ brush_index: 1, brush_type: "lineX", coord_range: [0.5, 3.5] }]);
  });

  it("reads one series object as a list", () => {
    expect(seriesList({ series: { name: "x" } })).toEqual([{ name: "x" }]);
    expect(seriesList({})).toEqual([]);
  });
});
