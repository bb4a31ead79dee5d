import { defineNode } from "./types";
import { WidgetLabel, formatNumber } from "./common";
import { SliderTrack } from "./SliderTrack";
import { useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { Slider, type SliderProps } from "../nodes.gen";

function formatter(props: SliderProps): (v: number) => string {
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

export default defineNode(Slider, ({ props, entry }) => {
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
});
