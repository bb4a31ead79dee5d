import { defineNode } from "./types";
import { WidgetLabel, WithIcon, useFieldId } from "./common";
import { optionLabels, selectedIndex, useWidgetSender, wireSelection } from "./widget";
import { useWidgetValue } from "../context";
import { Selectbox } from "../nodes.gen";
import { ComboBox, NEW_OPTION } from "./ComboBox";

export default defineNode(Selectbox, ({ props, entry }) => {
  const labels = optionLabels(props.options);
  const byLabel = typeof props.value === "string";
  const [value, setValue] = useWidgetValue<unknown>(props, null);
  const { change } = useWidgetSender(entry, props.required === true);
  const id = useFieldId();
  const current = selectedIndex(value, labels);
  const pickWire = (wire: unknown) => {
    setValue(wire);
    change(wire);
  };
  // filter_mode "fuzzy", "contains" or "prefix": a box to type in over the list; None: the plain list.
  const typed = props.filter_mode !== null && props.filter_mode !== undefined;
  const newText = typeof value === "string" && current === null ? value : null; // accept_new_options: a typed option
  const select = typed ? (
    <ComboBox
      id={id}
      label={props.label}
      options={labels.map((label, i) => ({ key: String(i), label }))}
      mode={props.filter_mode ?? "fuzzy"}
      text={current !== null ? labels[current] ?? "" : newText ?? ""}
      placeholder={props.placeholder ?? "Choose an option"}
      disabled={props.disabled === true}
      required={props.required === true}
      acceptNew={props.accept_new_options === true}
      onPick={(key, text) => pickWire(key === NEW_OPTION ? text : wireSelection(Number(key), labels, byLabel))}
    />
  ) : (
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
