import { defineNode } from "./types";
import { ChartMount, parseSpec } from "./chart";
import { useDesk } from "../context";
import { isBinaryRef, type Payload } from "../binary";
import { VegaLiteChart } from "../nodes.gen";

/** The whole height of a built-in chart without height=, in pixels (Streamlit's default). */
export const BUILTIN_CHART_HEIGHT = 350;

export default defineNode(VegaLiteChart, ({ props }) => {
  const { payloads, themeType } = useDesk();
  const resolve = (ref: unknown): Payload | undefined => (isBinaryRef(ref) ? payloads.get(ref.$binary) : undefined);
  const render = async (el: HTMLElement) => {
    const { renderVega, arrowRows } = await import("../lazy/vega");
    const spec: Record<string, unknown> = { ...parseSpec(props.spec) };
    const main = resolve(props.data);
    if (main !== undefined) spec.data = { values: arrowRows(main.bytes) };
    if (props.use_container_width !== false && spec.width === undefined) spec.width = "container";
    if (props.chart_type !== null && spec.autosize === undefined) {
      // st.line_chart and its siblings: height= (350 px without it) is the whole chart's, axes
      // and legend included, as in Streamlit.
      spec.height ??= typeof props.height === "number" ? props.height : BUILTIN_CHART_HEIGHT;
      spec.autosize = { type: "fit", contains: "padding" };
    } else if (typeof props.height === "number" && spec.height === undefined) spec.height = props.height;
    // Vega names its container from the spec's description (its own default otherwise).
    if (props.alt) spec.description = props.alt;
    return renderVega(el, spec, themeType === "dark", { streamlit: props.theme === "streamlit", builtin: props.chart_type !== null });
  };
  return <ChartMount render={render} deps={[props, themeType]} label={props.alt} />;
});
