import { defineElement } from "./types";
import { WidgetLabel, formatNumber } from "./common";
import { SliderTrack } from "./SliderTrack";
import { labelShape, useWidgetSender, type BaseWidgetProps } from "./widget";
import { useWidgetValue } from "../context";
import { num, optional, str } from "../utils/schema";

interface P extends BaseWidgetProps {
  min_value: number;
  max_value: number;
  step?: number | null;
  format?: string | null;
  data_type?: string | null;
}

function formatter(props: P): (v: number) => string {
  const kind = props.data_type ?? "";
  if (kind === "date" || kind === "datetime" || kind === "time") {
    return (v) => {
      // Temporal sliders travel as milliseconds since the epoch (UTC).
      const d = new Date(v);
      if (kind === "date") return d.toISOString().slice(0, 10);
      if (kind === "time") return d.toISOString().slice(11, 16);
      return d.toISOString().slice(0, 16).replace("T", " ");
    };
  }
  return (v) => formatNumber(v, props.format);
}

export default defineElement<P>({
  type: "Slider",
  schema: { ...labelShape, min_value: num, max_value: num, step: optional(num), format: optional(str) },
  Component: ({ props, entry }) => {
    const [value, setValue] = useWidgetValue<number | number[]>(props, props.min_value);
    const { change, changeSoon } = useWidgetSender(entry);
    const isRange = Array.isArray(value);
    const values = isRange ? (value as number[]) : [value as number];
    return (
      <div className="field">
        <WidgetLabel props={props} />
        <SliderTrack
          label={props.label}
          min={props.min_value}
          max={props.max_value}
          step={props.step ?? 1}
          values={values}
          disabled={props.disabled === true}
          format={formatter(props)}
          onChange={(next, keyboard) => {
            const wire = isRange ? next : next[0];
            setValue(wire);
            if (keyboard) change(wire);
            else changeSoon(wire, 40);
          }}
        />
      </div>
    );
  },
});
