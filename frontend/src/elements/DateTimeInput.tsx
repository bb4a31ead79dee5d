import { defineNode } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { DateField } from "./DateField";
import { formatDateTime, parseDateTime } from "./dateFormat";
import { useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { DateTimeInput } from "../nodes.gen";

/** st.datetime_input: values travel as ISO strings "YYYY-MM-DDTHH:MM[:SS]" (no time zone), shown in `format`. */
export default defineNode(DateTimeInput, ({ props, entry }) => {
  const [value, setValue] = useWidgetValue<string | null>(props, null);
  const { change } = useWidgetSender(entry, props.required === true);
  const id = useFieldId();
  const seconds = props.step % 60 !== 0;
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      <DateField
        id={id}
        iso={value === null ? null : value.slice(0, seconds ? 19 : 16)}
        show={(iso) => formatDateTime(iso, props.format)}
        parse={(text) => parseDateTime(text, props.format)}
        placeholder={`${props.format}, ${seconds ? "HH:MM:SS" : "HH:MM"}`}
        native="datetime-local"
        step={props.step}
        label={props.label}
        min={props.min_value}
        max={props.max_value}
        disabled={props.disabled === true}
        required={props.required === true}
        onCommit={(v) => {
          setValue(v);
          change(v);
        }}
      />
    </div>
  );
});
