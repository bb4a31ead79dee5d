import { defineNode } from "./types";
import { Icon, WidgetLabel } from "./common";
import { DeltaArrowIcon } from "./icons";
import { formatNumber } from "../utils/numberFormat";
import { Metric } from "../nodes.gen";

function shown(text: string, number: number | null | undefined, format: string | null | undefined): string {
  return format && typeof number === "number" ? formatNumber(number, format) : text;
}

function Sparkline({ values, kind }: { values: number[]; kind: string }) {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const points = values.map((v, i) => `${(i / (values.length - 1)) * 100},${28 - ((v - min) / span) * 26}`);
  if (kind === "bar") {
    const w = 100 / values.length;
    return (
      <svg className="sparkline" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true">
        {values.map((v, i) => (
          <rect key={i} x={i * w + w * 0.1} width={w * 0.8} y={28 - ((v - min) / span) * 26} height={((v - min) / span) * 26 + 2} />
        ))}
      </svg>
    );
  }
  return (
    <svg className="sparkline" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true">
      {kind === "area" ? <polygon points={`0,30 ${points.join(" ")} 100,30`} className="area" /> : null}
      <polyline points={points.join(" ")} fill="none" />
    </svg>
  );
}

export default defineNode(Metric, ({ props }) => {
  const arrow = props.delta_arrow === "off" || (props.delta_direction !== "down" && props.delta_direction !== "up") ? null : <DeltaArrowIcon down={props.delta_direction === "down"} />;
  return (
    <div className={`metric${props.border ? " bordered" : ""}`}>
      {props.icon && props.label_visibility !== "collapsed" ? (
        <div className="metric-label-row">
          <Icon icon={props.icon} />
          <WidgetLabel props={props} />
        </div>
      ) : (
        <WidgetLabel props={props} />
      )}
      <div className="metric-value">{shown(props.value, props.value_number, props.format)}</div>
      {props.delta ? (
        <div className="metric-delta-row">
          <div className={`metric-delta delta-${props.color ?? "gray"}`}>
            {arrow}
            {shown(props.delta, props.delta_number, props.format)}
          </div>
          {props.delta_description ? <span className="metric-delta-description caption-text">{props.delta_description}</span> : null}
        </div>
      ) : null}
      {Array.isArray(props.chart_data) ? <Sparkline values={props.chart_data.filter((v) => typeof v === "number")} kind={props.chart_type ?? "line"} /> : null}
    </div>
  );
});
