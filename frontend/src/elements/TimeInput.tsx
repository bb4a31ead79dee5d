import { defineNode } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import type { Entry } from "../store";
import { TimeInput, type DateTimeInputProps, type TimeInputProps } from "../nodes.gen";

/** A native time or datetime-local field whose wire value is its ISO text ("HH:MM", "YYYY-MM-DDTHH:MM"). */
export function NativeTimeField({
  props,
  entry,
  type,
  step,
  length,
  min,
  max,
}: {
  props: TimeInputProps | DateTimeInputProps;
  entry: Entry;
  type: "time" | "datetime-local";
  step: number;
  /** characters of the ISO value shown: seconds only when the step needs them */
  length: number;
  min?: string | null;
  max?: string | null;
}) {
  const [value, setValue] = useWidgetValue<string | null>(props, null);
  const { change } = useWidgetSender(entry, props.required === true);
  const id = useFieldId();
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      <input
        aria-required={props.required === true ? true : undefined}
        id={id}
        type={type}
        className="input"
        aria-label={props.label}
        step={step}
        min={min ?? undefined}
        max={max ?? undefined}
        value={(value ?? "").slice(0, length)}
        disabled={props.disabled === true}
        onChange={(e) => {
          const v = e.target.value === "" ? null : e.target.value;
          setValue(v);
          change(v);
        }}
      />
    </div>
  );
}

/** Times travel as "HH:MM" (or "HH:MM:SS") strings. */
export default defineNode(TimeInput, ({ props, entry }) => (
  <NativeTimeField props={props} entry={entry} type="time" step={props.step} length={props.step < 60 ? 8 : 5} />
));
