import { defineElement } from "./types";
import { ChartMount, parseSpec } from "./chart";
import { useDesk } from "../context";
import { isBinaryRef, type Payload } from "../binary";
import { any } from "../utils/schema";

interface P {
  spec: unknown;
  data?: unknown;
  datasets?: Record<string, unknown> | null;
  height?: number | string | null;
  use_container_width?: boolean | null;
  width?: unknown;
}

export default defineElement<P>({
  type: "VegaLiteChart",
  schema: { spec: any },
  Component: ({ props }) => {
    const { payloads, themeType } = useDesk();
    const resolve = (ref: unknown): Payload | undefined => (isBinaryRef(ref) ? payloads.get(ref.$binary) : undefined);
    const render = async (el: HTMLElement) => {
      const { renderVega, arrowRows } = await import("../lazy/vega");
      const spec: Record<string, unknown> = { ...parseSpec(props.spec) };
      const main = resolve(props.data);
      if (main !== undefined) spec.data = { values: arrowRows(main.bytes) };
      if (props.datasets && typeof props.datasets === "object") {
        const datasets: Record<string, unknown> = { ...((spec.datasets as Record<string, unknown>) ?? {}) };
        for (const [name, ref] of Object.entries(props.datasets)) {
          const payload = resolve(ref);
          datasets[name] = payload !== undefined ? arrowRows(payload.bytes) : ref;
        }
        spec.datasets = datasets;
      }
      if (props.use_container_width !== false && spec.width === undefined) spec.width = "container";
      if (typeof props.height === "number" && spec.height === undefined) spec.height = props.height;
      return renderVega(el, spec, themeType === "dark");
    };
    return <ChartMount render={render} deps={[props, themeType]} />;
  },
});
