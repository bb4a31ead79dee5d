import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { Icon, InlineMarkdown } from "./common";
import { useWidgetSender } from "./widget";
import { Expander } from "../nodes.gen";

export default defineNode(Expander, ({ props, entry, renderChildren }) => {
  const [open, setOpen] = useState(props.expanded === true);
  const { change } = useWidgetSender(entry);
  useEffect(() => setOpen(props.expanded === true), [props.expanded]);
  // With on_change the open state is a widget value: a toggle by the user (not one that follows the server) is sent.
  const onToggle = (e: React.SyntheticEvent<HTMLDetailsElement>) => {
    const now = e.currentTarget.open;
    setOpen(now);
    if (props.on_change !== undefined && entry.node.id != null && now !== (props.value === true)) change(now);
  };
  return (
    <details className="expander" open={open} onToggle={onToggle} style={props.width ? { width: `${props.width}px`, maxWidth: "100%" } : undefined}>
      <summary>
        {/* As in Streamlit 1.67: the chevron leads the header, pointing right when closed and down when open. */}
        <svg className="expander-chevron" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <Icon icon={props.icon} />
        <InlineMarkdown body={props.label} />
      </summary>
      <div className="expander-body">{renderChildren()}</div>
    </details>
  );
});
