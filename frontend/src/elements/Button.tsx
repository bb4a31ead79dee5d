import { LabelText, labelPlainText } from "../icons/LabelText";
import { defineNode } from "./types";
import { Icon, fillsWidth } from "./common";
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

interface LabelledProps {
  icon?: string | null;
  label?: string | null;
  icon_position?: string;
  wrap?: boolean;
}

/** A button's icon and label: the icon before or after it (icon_position); wrap=False keeps the label on one line. */
export function ButtonLabel({ props, label }: { props: LabelledProps; label?: string }) {
  const text = label ?? props.label;
  const icon = <Icon icon={props.icon} />;
  const right = props.icon_position === "right";
  return (
    <>
      {right ? null : icon}
      <span className="btn-label" title={props.wrap === false ? labelPlainText(text) : undefined}>
        <LabelText text={text} />
      </span>
      {right ? icon : null}
    </>
  );
}

export function buttonClass(props: ButtonProps): string {
  return `btn btn-${props.type ?? "secondary"}${fillsWidth(props) ? " full" : ""}`;
}

export default defineNode(Button, ({ props, entry }) => {
  const { trigger } = useWidgetSender(entry);
  const shortcut = useButtonShortcut(props);
  return (
    <button type="button" {...shortcut} className={buttonClass(props)} disabled={props.disabled === true} title={props.help ?? undefined} onClick={() => trigger(true)}>
      <ButtonLabel props={props} />
      <ShortcutHint shortcut={props.shortcut} />
    </button>
  );
});
