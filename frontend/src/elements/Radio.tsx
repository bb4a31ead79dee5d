import { defineNode } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { optionLabels, selectedIndex, useWidgetSender, wireSelection } from "./widget";
import { useWidgetValue } from "../context";
import { Radio } from "../nodes.gen";

export default defineNode(Radio, ({ props, entry }) => {
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
});
