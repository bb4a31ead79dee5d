import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { Icon, InlineMarkdown } from "./common";
import { useWidgetSender } from "./widget";
import { Chevron, expandableClass } from "./expandable";
import { Expander } from "../nodes.gen";

export default defineNode(Expander, ({ props, entry, childEntries, renderChildren }) => {
  const [open, setOpen] = useState(props.expanded === true);
  const { change } = useWidgetSender(entry);
  useEffect(() => setOpen(props.expanded === true), [props.expanded]);
  // With on_change the open state is a widget value: a toggle by the user (not one that follows the server) is sent.
  const onToggle = (e: React.SyntheticEvent<HTMLDetailsElement>) => {
    const now = e.currentTarget.open;
    setOpen(now);
    if (props.on_change !== undefined && entry.node.id != null && now !== (props.value === true)) change(now);
  };
  const step = props.type === "step";
  return (
    <details
      className={expandableClass(props.type, childEntries.length > 0)}
      open={open}
      onToggle={onToggle}
      style={props.width ? { width: `${props.width}px`, maxWidth: "100%" } : undefined}
    >
      <summary>
        {step ? (
          <span className="step-marker" aria-hidden="true">
            {props.icon ? <Icon icon={props.icon} /> : <span className="step-dot" />}
          </span>
        ) : (
          <>
            <Chevron />
            <Icon icon={props.icon} />
          </>
        )}
        <InlineMarkdown body={props.label} />
        {step ? <Chevron /> : null}
      </summary>
      <div className="expander-body">{renderChildren()}</div>
    </details>
  );
});
