import { defineNode } from "./types";
import { WidgetLabel, useFieldId } from "./common";
import { useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { ColorPicker } from "../nodes.gen";

export default defineNode(ColorPicker, ({ props, entry }) => {
  const [value, setValue] = useWidgetValue<string>(props, "#000000");
  const { changeSoon } = useWidgetSender(entry);
  const id = useFieldId();
  return (
    <div className="field">
      <WidgetLabel props={props} htmlFor={id} />
      <div className="color-picker">
        <input
          id={id}
          type="color"
          aria-label={props.label}
          value={value}
          disabled={props.disabled === true}
          onChange={(e) => {
            setValue(e.target.value);
            changeSoon(e.target.value, 50);
          }}
        />
        <code>{value}</code>
      </div>
    </div>
  );
});
