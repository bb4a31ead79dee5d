// Lazy chunk: Plotly charts (plotly.js-strict-dist-min, bundled).

import Plotly from "plotly.js-strict-dist-min";

interface PlotlyApi {
  react: (el: HTMLElement, data: unknown[], layout: Record<string, unknown>, config: Record<string, unknown>) => Promise<unknown>;
  purge: (el: HTMLElement) => void;
}

const api = Plotly as unknown as PlotlyApi;

export async function renderPlotly(el: HTMLElement, figure: Record<string, unknown>, dark: boolean): Promise<() => void> {
  const data = Array.isArray(figure.data) ? figure.data : [];
  const layout = { ...((figure.layout as Record<string, unknown>) ?? {}) };
  layout.height ??= 450;
  layout.autosize ??= true;
  if (dark) {
    layout.paper_bgcolor ??= "rgba(0,0,0,0)";
    layout.plot_bgcolor ??= "rgba(0,0,0,0)";
    layout.font ??= { color: "#fafafa" };
  }
  const config = {
    displaylogo: false,
    responsive: true,
    showLink: false,
    showSendToCloud: false,
    topojsonURL: "",
    mapboxAccessToken: "",
    ...((figure.config as Record<string, unknown>) ?? {}),
  };
  await api.react(el, data, layout, config);
  return () => api.purge(el);
}
