import { describe, expect, it } from "vitest";
import { CATEGORY_DARK, CATEGORY_LIGHT, chartColours, vegaStreamlitConfig } from "./chartTheme";

describe("the streamlit chart theme", () => {
  it("colours series with Streamlit's palette, first series blue", () => {
    const config = vegaStreamlitConfig(false, true) as { range: { category: string[] }; mark: { color: string } };
    expect(config.range.category).toEqual(CATEGORY_LIGHT);
    expect(config.mark.color).toBe("#0068c9");
    expect(chartColours(true).category).toEqual(CATEGORY_DARK);
    expect(CATEGORY_DARK[0]).toBe("#83c9ff");
  });

  it("puts the legend below built-in charts only", () => {
    expect((vegaStreamlitConfig(false, true).legend as Record<string, unknown>).orient).toBe("bottom");
    expect((vegaStreamlitConfig(false, false).legend as Record<string, unknown>).orient).toBeUndefined();
  });

  it("draws no chart border and a light grid", () => {
    const config = vegaStreamlitConfig(false, false) as { view: { stroke: unknown }; axis: { gridColor: string; domain: boolean } };
    expect(config.view.stroke).toBeNull();
    expect(config.axis.gridColor).toBe("#e6eaf1");
    expect(config.axis.domain).toBe(false);
  });
});
