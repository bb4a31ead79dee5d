import { defineElement } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { labelShape, useWidgetSender, type BaseWidgetProps } from "./widget";
import { useWidgetValue } from "../context";
import { num, optional } from "../utils/schema";

interface P extends BaseWidgetProps {
  step?: number | null;
}

/** Times travel as "HH:MM" (or "HH:MM:SS") strings. */
export default defineElement<P>({
  type: "TimeInput",
  schema: { ...labelShape, step: optional(num) },
  Component: ({ props, entry }) => {
    const [value, setValue] = useWidgetValue<string | null>(props, null);
    const { change } = useWidgetSender(entry);
    const id = useFieldId();
    return (
      <div className="field">
        <WidgetLabel props={props} htmlFor={id} />
        <input
          id={id}
          type="time"
          className="input"
          aria-label={props.label}
          step={props.step ?? 60}
          value={(value ?? "").slice(0, (props.step ?? 60) < 60 ? 8 : 5)}
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
