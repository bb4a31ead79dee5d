import { defineNode } from "./types";
import { ChartMount, parseSpec } from "./chart";
import { useDesk } from "../context";
import { PlotlyChart } from "../nodes.gen";

export default defineNode(PlotlyChart, ({ props }) => {
  const { themeType } = useDesk();
  const render = async (el: HTMLElement) => {
    const { renderPlotly } = await import("../lazy/plotly");
    const figure = parseSpec(props.spec);
    if (props.config) figure.config = { ...((figure.config as Record<string, unknown>) ?? {}), ...props.config };
    return renderPlotly(el, figure, themeType === "dark");
  };
  return <ChartMount render={render} deps={[props, themeType]} label={props.alt} />;
});
