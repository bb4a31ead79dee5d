import { defineElement } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { labelShape, useWidgetSender, type BaseWidgetProps } from "./widget";
import { useWidgetValue } from "../context";
import { num, optional, str } from "../utils/schema";

interface P extends BaseWidgetProps {
  min_value?: string | null;
  max_value?: string | null;
  step?: number | null;
}

/** st.datetime_input: values travel as ISO strings "YYYY-MM-DDTHH:MM[:SS]" (no time zone). */
export default defineElement<P>({
  type: "DateTimeInput",
  schema: { ...labelShape, min_value: optional(str), max_value: optional(str), step: optional(num) },
  Component: ({ props, entry }) => {
    const [value, setValue] = useWidgetValue<string | null>(props, null);
    const { change } = useWidgetSender(entry);
    const id = useFieldId();
    const step = props.step ?? 900;
    const length = step % 60 === 0 ? 16 : 19; // show seconds only when the step needs them
    return (
      <div className="field">
        <WidgetLabel props={props} htmlFor={id} />
        <input
          id={id}
          type="datetime-local"
          className="input"
          aria-label={props.label}
          step={step}
          min={props.min_value ?? undefined}
          max={props.max_value ?? undefined}
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
  },
});
