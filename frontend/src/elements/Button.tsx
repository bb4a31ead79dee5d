import { LabelText } from "../icons/LabelText";
import { defineElement } from "./types";
import { Icon } from "./common";
import { labelShape, useWidgetSender, type BaseWidgetProps } from "./widget";
import { bool, optional, str } from "../utils/schema";

export interface ButtonProps extends BaseWidgetProps {
  type?: string | null;
  icon?: string | null;
  use_container_width?: boolean;
}

export const buttonShape = { ...labelShape, type: optional(str), icon: optional(str), use_container_width: optional(bool) };

export function buttonClass(props: ButtonProps): string {
  return `btn btn-${props.type ?? "secondary"}${props.use_container_width ? " full" : ""}`;
}

export default defineElement<ButtonProps>({
  type: "Button",
  schema: buttonShape,
  Component: ({ props, entry }) => {
    const { trigger } = useWidgetSender(entry);
    return (
      <button type="button" className={buttonClass(props)} disabled={props.disabled === true} title={props.help ?? undefined} onClick={() => trigger(true)}>
        <Icon icon={props.icon} />
        <LabelText text={props.label} />
      </button>
    );
  },
});
