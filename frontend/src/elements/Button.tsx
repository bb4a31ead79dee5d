import { LabelText } from "../icons/LabelText";
import { defineNode } from "./types";
import { Icon } from "./common";
import { useWidgetSender } from "./widget";
import { useRef } from "react";
import { ShortcutHint, ariaShortcut, useShortcut } from "./shortcut";
import { Button, type ButtonProps } from "../nodes.gen";

/** A button's keyboard shortcut: the ref to put on the <button>, and its aria-keyshortcuts value. */
export function useButtonShortcut(props: ButtonProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useShortcut(props.shortcut, ref, props.disabled === true);
  return { ref, "aria-keyshortcuts": props.shortcut ? ariaShortcut(props.shortcut) : undefined };
}

export function buttonClass(props: ButtonProps): string {
  return `btn btn-${props.type ?? "secondary"}${props.use_container_width ? " full" : ""}`;
}

export default defineNode(Button, ({ props, entry }) => {
  const { trigger } = useWidgetSender(entry);
  const shortcut = useButtonShortcut(props);
  return (
    <button type="button" {...shortcut} className={buttonClass(props)} disabled={props.disabled === true} title={props.help ?? undefined} onClick={() => trigger(true)}>
      <Icon icon={props.icon} />
      <LabelText text={props.label} />
      <ShortcutHint shortcut={props.shortcut} />
    </button>
  );
});
