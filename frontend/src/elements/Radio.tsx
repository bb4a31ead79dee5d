import { defineElement } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { labelShape, optionLabels, selectedIndex, useWidgetSender, wireSelection, type BaseWidgetProps } from "./widget";
import { useWidgetValue } from "../context";
import { any, arrayOf, bool, optional } from "../utils/schema";

interface P extends BaseWidgetProps {
  options: unknown[];
  horizontal?: boolean;
  captions?: string[] | null;
}

export default defineElement<P>({
  type: "Radio",
  schema: { ...labelShape, options: arrayOf(any), horizontal: optional(bool) },
  Component: ({ props, entry }) => {
    const labels = optionLabels(props.options);
    const byLabel = typeof props.value === "string";
    const [value, setValue] = useWidgetValue<unknown>(props, null);
    const { change } = useWidgetSender(entry);
    const id = useFieldId();
    const current = selectedIndex(value, labels);
    return (
      <div className="field">
        <WidgetLabel props={props} id={id} />
        <div className={`radio-group${props.horizontal ? " horizontal" : ""}`} role="radiogroup" aria-labelledby={id} aria-label={props.label}>
          {labels.map((label, i) => (
            <label key={i} className="radio">
              <input
                type="radio"
                name={id}
                checked={current === i}
                disabled={props.disabled === true}
                onChange={() => {
                  const wire = wireSelection(i, labels, byLabel);
                  setValue(wire);
                  change(wire);
                }}
              />
              <span>{label}</span>
              {props.captions?.[i] ? <span className="radio-caption">{props.captions[i]}</span> : null}
            </label>
          ))}
        </div>
      </div>
    );
  },
});
