import { useRef } from "react";
import { defineNode } from "./types";
import { ButtonLabel } from "./Button";
import { fillsWidth } from "./common";
import { ShortcutHint, ariaShortcut, useShortcut } from "./shortcut";
import { useWidgetSender } from "./widget";
import { LinkButton } from "../nodes.gen";

// A link that looks like a button. With on_click ("rerun" or a function) the node is a widget
// (it has an id): a click opens the URL and also tells the server, which reruns the app.
export default defineNode(LinkButton, ({ props, entry }) => {
  const ref = useRef<HTMLAnchorElement>(null);
  const disabled = props.disabled === true;
  useShortcut(props.shortcut, ref, disabled);
  const { trigger } = useWidgetSender(entry);
  const isWidget = entry.node.id !== null && entry.node.id !== undefined;
  return (
    <a
      ref={ref}
      className={`btn btn-${props.type ?? "secondary"}${fillsWidth(props) ? " full" : ""}${disabled ? " disabled" : ""}`}
      href={disabled ? undefined : props.url}
      target="_blank"
      rel="noopener noreferrer"
      title={props.help ?? undefined}
      aria-disabled={disabled}
      aria-keyshortcuts={props.shortcut ? ariaShortcut(props.shortcut) : undefined}
      onClick={isWidget && !disabled ? () => trigger(true) : undefined}
    >
      <ButtonLabel props={props} />
      <ShortcutHint shortcut={props.shortcut} />
    </a>
  );
});
