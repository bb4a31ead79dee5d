import { LabelText } from "../icons/LabelText";
import { defineElement } from "./types";
import { Icon } from "./common";
import { labelShape, useWidgetSender, type BaseWidgetProps } from "./widget";
import { bool, optional, str } from "../utils/schema";
import { useRef } from "react";
import { ShortcutHint, ariaShortcut, useShortcut } from "./shortcut";

export interface ButtonProps extends BaseWidgetProps {
  type?: string | null;
  icon?: string | null;
  use_container_width?: boolean;
  shortcut?: string | null;
}

export const buttonShape = { ...labelShape, type: optional(str), icon: optional(str), use_container_width: optional(bool), shortcut: optional(str) };

/** A button's keyboard shortcut: the ref to put on the <button>, and its aria-keyshortcuts value. */
export function useButtonShortcut(props: ButtonProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useShortcut(props.shortcut, ref, props.disabled === true);
  return { ref, "aria-keyshortcuts": props.shortcut ? ariaShortcut(props.shortcut) : undefined };
}

export function buttonClass(props: ButtonProps): string {
  return `btn btn-${props.type ?? "secondary"}${props.use_container_width ? " full" : ""}`;
}

export default defineElement<ButtonProps>({
  type: "Button",
  schema: buttonShape,
  Component: ({ props, entry }) => {
    const { trigger } = useWidgetSender(entry);
    const shortcut = useButtonShortcut(props);
    return (
      <button type="button" {...shortcut} className={buttonClass(props)} disabled={props.disabled === true} title={props.help ?? undefined} onClick={() => trigger(true)}>
        <Icon icon={props.icon} />
        <LabelText text={props.label} />
        <ShortcutHint shortcut={props.shortcut} />
      </button>
    );
  },
});
