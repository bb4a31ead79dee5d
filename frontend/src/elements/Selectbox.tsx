import { defineNode } from "./types";
import { WidgetLabel, WithIcon, useFieldId } from "./common";
import { optionLabels, selectedIndex, useWidgetSender, wireSelection } from "./widget";
import { useWidgetValue } from "../context";
import { Selectbox } from "../nodes.gen";

export default defineNode(Selectbox, ({ props, entry }) => {
  const labels = optionLabels(props.options);
  const byLabel = typeof props.value === "string";
  const [value, setValue] = useWidgetValue<unknown>(props, null);
  const { change } = useWidgetSender(entry, props.required === true);
  const id = useFieldId();
  const current = selectedIndex(value, labels);
  const select = (
    <select
      aria-required={props.required === true ? true : undefined}
      id={id}
      className="input"
      aria-label={props.label}
      value={current === null ? "" : String(current)}
      disabled={props.disabled === true}
      onChange={(e) => {
        const index = e.target.value === "" ? null : Number(e.target.value);
        const wire = wireSelection(index, labels, byLabel);
        setValue(wire);
        change(wire);
      }}
    >
      {current === null ? <option value="">{props.placeholder ?? "Choose an option"}</option> : null}
      {labels.map((label, i) => (
        <option key={i} value={String(i)}>
          {label}
        </option>
      ))}
    </select>
  );
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      <WithIcon icon={props.icon}>{select}</WithIcon>
    </div>
  );
});
