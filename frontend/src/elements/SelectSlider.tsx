import { defineNode } from "./types";
import { WidgetLabel } from "./common";
import { SliderTrack } from "./SliderTrack";
import { optionLabels, selectedIndex, useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { SelectSlider } from "../nodes.gen";

export default defineNode(SelectSlider, ({ props, entry }) => {
  const labels = optionLabels(props.options);
  const [value, setValue] = useWidgetValue<unknown>(props, 0);
  const { change, changeSoon } = useWidgetSender(entry);
  const isRange = Array.isArray(value);
  const raw = isRange ? (value as unknown[]) : [value];
  const byLabel = typeof raw[0] === "string";
  const indices = raw.map((v) => selectedIndex(v, labels) ?? 0);
  return (
    <div className="field">
      <WidgetLabel props={props} />
      <SliderTrack
        label={props.label}
        min={0}
        max={Math.max(0, labels.length - 1)}
        step={1}
        values={indices}
        disabled={props.disabled === true}
        format={(i) => labels[i] ?? ""}
        onChange={(next, keyboard) => {
          const mapped = next.map((i) => (byLabel ? labels[i] : i));
          const wire = isRange ? mapped : mapped[0];
          setValue(wire);
          if (keyboard) change(wire);
          else changeSoon(wire, 40);
        }}
      />
    </div>
  );
});
