// Lazy chunk: Apache ECharts charts (bundled). Draws an option into a div, applies desk's
// "streamlit" theme, follows the div's size, and reports selections (see echartsSelection.ts).

import * as echarts from "echarts";
import { chartColours } from "./chartTheme";
import { selectionOf, seriesList, type EChartsSelection, type Picks, type RawArea } from "./echartsSelection";

function registerThemes(): void {
  for (const dark of [false, true]) {
    const c = chartColours(dark);
    const axis = {
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { color: c.label, fontFamily: c.font },
      splitLine: { lineStyle: { color: c.grid } },
      nameTextStyle: { color: c.text, fontFamily: c.font },
    };
    echarts.registerTheme(dark ? "desk-streamlit-dark" : "desk-streamlit-light", {
      color: c.category,
      backgroundColor: "transparent",
      textStyle: { fontFamily: c.font, color: c.text },
      title: { textStyle: { color: c.text, fontFamily: c.font, fontWeight: 600 } },
      legend: { textStyle: { color: c.text, fontFamily: c.font } },
      categoryAxis: { ...axis, splitLine: { show: false } },
      valueAxis: axis,
      timeAxis: axis,
      logAxis: axis,
    });
  }
}
registerThemes();

export interface EChartsOptions {
  dark: boolean;
  streamlit: boolean;
  renderer: "canvas" | "svg";
  alt: string | null;
  /** Called with the whole selection after each change, when the chart is a widget. */
  onSelect?: (selection: EChartsSelection) => void;
  /** The selection the script holds: its series picks are shown again on a new chart. */
  initial?: EChartsSelection | null;
}

/** Draw `option` into `el`; returns the function that disposes of the chart. */
export function renderECharts(el: HTMLElement, option: Record<string, unknown>, opts: EChartsOptions): () => void {
  const theme = opts.streamlit ? (opts.dark ? "desk-streamlit-dark" : "desk-streamlit-light") : opts.dark ? "dark" : undefined;
  const chart = echarts.init(el, theme, { renderer: opts.renderer });
  const shown: Record<string, unknown> = { ...option };
  if (opts.alt !== null) {
    const aria = (typeof shown.aria === "object" && shown.aria !== null ? shown.aria : {}) as Record<string, unknown>;
    shown.aria = { ...aria, enabled: true, label: { ...((aria.label as object) ?? {}), description: opts.alt } };
  }
  if (opts.dark && !opts.streamlit && shown.backgroundColor === undefined) shown.backgroundColor = "transparent";
  chart.setOption(shown);

  const onSelect = opts.onSelect;
  if (onSelect !== undefined) {
    const series = seriesList(option);
    let native: Picks[] = [];
    let brushed: Picks[] = [];
    let areas: RawArea[] = [];
    // ECharts also fires its selection events when it draws or is told to select: report
    // only a selection that differs from the last one the script has.
    let last = JSON.stringify(opts.initial ?? { selected: [], areas: [] });
    const report = () => {
      const selection = selectionOf(series, native, brushed, areas);
      const text = JSON.stringify(selection);
      if (text === last) return;
      last = text;
      onSelect(selection);
    };
    chart.on("selectchanged", (params) => {
      native = ((params as { selected?: Picks[] }).selected ?? []).map((p) => ({ ...p, dataIndex: [...p.dataIndex] }));
      report();
    });
    chart.on("brushselected", (params) => {
      const batch = (params as { batch?: { areas?: RawArea[]; selected?: Picks[] }[] }).batch ?? [];
      brushed = batch.flatMap((b) => b.selected ?? []);
      areas = batch.flatMap((b) => b.areas ?? []);
      report();
    });
    // Show the script's series picks again (a brush's regions are not redrawn).
    const again = (opts.initial?.selected ?? []).filter((group) => group.data_type === "main");
    for (const group of again) chart.dispatchAction({ type: "select", seriesIndex: group.series_index, dataIndex: group.data_indices });
    // A brush's regions are gone from the new chart: report the selection as it now stands, if it changed.
    native = again.map((group) => ({ seriesIndex: group.series_index, dataIndex: group.data_indices }));
    report();
    // A double click clears both kinds of selection.
    chart.getZr().on("dblclick", () => {
      for (const pick of native) chart.dispatchAction({ type: "unselect", seriesIndex: pick.seriesIndex, dataIndex: pick.dataIndex });
      chart.dispatchAction({ type: "brush", areas: [] });
      native = [];
      brushed = [];
      areas = [];
      report();
    });
  }

  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(el);
  return () => {
    observer.disconnect();
    chart.dispose();
  };
}
