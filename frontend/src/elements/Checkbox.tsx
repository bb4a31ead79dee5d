import { defineNode } from "./types";
import { HelpIcon } from "./common";
import { useWidgetSender } from "./widget";
import { useWidgetValue } from "../context";
import { Checkbox, type CheckboxProps, type ToggleProps } from "../nodes.gen";

export function CheckboxLike({ props, entry, toggle }: { props: CheckboxProps | ToggleProps; entry: Parameters<typeof useWidgetSender>[0]; toggle: boolean }) {
  const [checked, setChecked] = useWidgetValue<boolean>(props, false);
  const { change } = useWidgetSender(entry);
  const hidden = props.label_visibility === "hidden" || props.label_visibility === "collapsed";
  return (
    <div className="field checkbox-field">
      <label className={toggle ? "toggle" : "checkbox"}>
        <input
          type="checkbox"
          role={toggle ? "switch" : undefined}
          checked={checked === true}
          disabled={props.disabled === true}
          aria-label={hidden ? props.label : undefined}
          onChange={(e) => {
            setChecked(e.target.checked);
            change(e.target.checked);
          }}
        />
        {toggle ? <span className="switch-track" aria-hidden="true"><span className="switch-thumb" /></span> : null}
        <span className={hidden ? "label-hidden" : "check-label"} title={props.wrap === false ? props.label : undefined}>{props.label}</span>
      </label>
      <HelpIcon text={props.help} />
    </div>
  );
}

export default defineNode(Checkbox, ({ props, entry }) => <CheckboxLike props={props} entry={entry} toggle={false} />);
