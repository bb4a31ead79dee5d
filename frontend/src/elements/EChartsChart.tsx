import { useRef } from "react";
import { defineNode } from "./types";
import { ChartMount, parseSpec } from "./chart";
import { useWidgetSender } from "./widget";
import { useDesk } from "../context";
import { EChartsChart } from "../nodes.gen";
import type { EChartsSelection } from "../lazy/echartsSelection";

/** ECharts needs a height: "content" (the default) and "stretch" get this many pixels. */
export const DEFAULT_HEIGHT = 400;

/** The selection inside a widget value `{selection: {selected, areas}}`, or null. */
export function currentSelection(value: unknown): EChartsSelection | null {
  const inner = typeof value === "object" && value !== null ? (value as { selection?: unknown }).selection : null;
  if (typeof inner !== "object" || inner === null) return null;
  const { selected, areas } = inner as { selected?: unknown; areas?: unknown };
  return Array.isArray(selected) && Array.isArray(areas) ? (inner as EChartsSelection) : null;
}

/** An Apache ECharts chart (lazy chunk); with on_select it reports the user's selection. */
export default defineNode(EChartsChart, ({ props, entry }) => {
  const { themeType } = useDesk();
  const { changeSoon } = useWidgetSender(entry);
  const selectable = props.selection_mode.length > 0;
  const send = useRef(changeSoon);
  send.current = changeSoon;
  const height = typeof props.height === "number" ? props.height : DEFAULT_HEIGHT;
  const width = typeof props.width === "number" ? props.width : "100%";
  const render = async (el: HTMLElement) => {
    const { renderECharts } = await import("../lazy/echarts");
    return renderECharts(el, parseSpec(props.spec), {
      dark: themeType === "dark",
      streamlit: props.theme === "streamlit",
      renderer: props.renderer === "svg" ? "svg" : "canvas",
      alt: props.alt,
      // A brush reports while it is dragged: send its last state only.
      onSelect: selectable ? (selection) => send.current({ selection }, 250) : undefined,
      initial: selectable ? currentSelection(props.value) : null,
    });
  };
  // A new selection changes the node's value but not the chart: keep the chart as it is.
  const specText = JSON.stringify(props.spec);
  return (
    <div className="echarts-chart" style={{ width, maxWidth: "100%" }}>
      <ChartMount render={render} deps={[specText, props.theme, props.renderer, props.alt, height, selectable, themeType]} height={height} />
    </div>
  );
});
