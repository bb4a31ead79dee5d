// The colours and Vega-Lite configuration of desk's "streamlit" chart theme: Streamlit's categorical
// palette, the page's fonts, a light value grid and no chart border. Small and dependency-free, so the
// Vega chunk and the ECharts chunk share it and unit tests can read it.

/** The categorical palette on a light page (series 1, 2, 3... take these colours in order). */
export const CATEGORY_LIGHT = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];
/** The same palette on a dark page: each pair swapped, so the first series stays readable. */
export const CATEGORY_DARK = ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"];

export interface ChartColours {
  category: string[];
  text: string;
  label: string;
  grid: string;
  font: string;
}

/** The theme's colours for a light or dark page. */
export function chartColours(dark: boolean): ChartColours {
  return {
    category: dark ? CATEGORY_DARK : CATEGORY_LIGHT,
    text: dark ? "#edebe8" : "#2f2d2b",
    label: dark ? "#a3a8b8" : "#808495",
    grid: dark ? "#31333f" : "#e6eaf1",
    font: '"Source Sans 3", system-ui, sans-serif',
  };
}

/**
 * The Vega-Lite config of the theme. `builtin` is true for st.line_chart and its siblings,
 * whose legend sits below the plot as in Streamlit.
 */
export function vegaStreamlitConfig(dark: boolean, builtin: boolean): Record<string, unknown> {
  const c = chartColours(dark);
  const axis = {
    labelColor: c.label,
    labelFont: c.font,
    labelFontSize: 12,
    titleColor: c.text,
    titleFont: c.font,
    titleFontSize: 12,
    titleFontWeight: 400,
    titlePadding: 12,
    gridColor: c.grid,
    gridWidth: 1,
    domain: false,
    ticks: false,
    labelPadding: 8,
  };
  return {
    background: "transparent",
    font: c.font,
    view: { stroke: null },
    range: { category: c.category, ramp: [c.category[1], c.category[0]] },
    mark: { color: c.category[0] },
    bar: { color: c.category[0], binSpacing: 4, discreteBandSize: { band: 0.85 } },
    line: { strokeWidth: 2 },
    point: { filled: true },
    axis,
    legend: {
      labelColor: c.text,
      labelFont: c.font,
      labelFontSize: 14,
      titleColor: c.text,
      titleFont: c.font,
      titleFontSize: 14,
      titleFontWeight: 400,
      symbolType: "circle",
      ...(builtin ? { orient: "bottom" } : {}),
    },
    title: { color: c.text, font: c.font, fontSize: 16, fontWeight: 600, anchor: "start" },
  };
}
