import { useMemo } from "react";
import { defineNode } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { formatTime, parseTime, stepTimes } from "./timeFormat";
import { useTypedValue } from "./typedValue";
import { useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import type { Entry } from "../store";
import { TimeInput, type TimeInputProps } from "../nodes.gen";

/** A native time field, whose look follows the system's locale; its wire value is its ISO text ("HH:MM[:SS]"). */
function NativeTimeField({ props, entry }: { props: TimeInputProps; entry: Entry }) {
  const [value, setValue] = useWidgetValue<string | null>(props, null);
  const { change } = useWidgetSender(entry, props.required === true);
  const id = useFieldId();
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      <input
        aria-required={props.required === true ? true : undefined}
        id={id}
        type="time"
        className="input"
        aria-label={props.label}
        step={props.step}
        value={(value ?? "").slice(0, props.step < 60 ? 8 : 5)}
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

/**
 * A time typed or picked from the day's times one step apart, shown as format says ("24h": 14:30,
 * "12h": 2:30 PM). A text that is not a time is put back when the box commits (Enter, leaving it).
 */
function FormattedTimeField({ props, entry }: { props: TimeInputProps; entry: Entry }) {
  const [value, setValue] = useWidgetValue<string | null>(props, null);
  const { change } = useWidgetSender(entry, props.required === true);
  const id = useFieldId();
  const options = useMemo(() => stepTimes(props.step).map((t) => formatTime(t, props.format)), [props.step, props.format]);
  const { text, setText, commit, handlers } = useTypedValue({
    value,
    show: (time) => formatTime(time, props.format),
    parse: parseTime,
    required: props.required === true,
    onCommit: (time) => {
      setValue(time);
      change(time);
    },
  });
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      <input
        aria-required={props.required === true ? true : undefined}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="input"
        aria-label={props.label}
        list={`${id}-times`}
        placeholder={props.format === "12h" ? "h:mm AM" : "hh:mm"}
        value={text}
        disabled={props.disabled === true}
        onChange={(e) => {
          setText(e.target.value);
          // Picking one of the listed times commits it at once, as a click on a menu item would.
          if ((e.nativeEvent as InputEvent).inputType === "insertReplacementText" || options.includes(e.target.value)) commit(e.target.value);
        }}
        {...handlers}
      />
      <datalist id={`${id}-times`}>
        {options.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
    </div>
  );
}

/** Times travel as "HH:MM" (or "HH:MM:SS") strings; "localized" leaves their look to the system's locale. */
export default defineNode(TimeInput, ({ props, entry }) =>
  props.format === "localized" ? (
    <NativeTimeField props={props} entry={entry} />
  ) : (
    <FormattedTimeField props={props} entry={entry} />
  ),
);
