import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { Icon, InlineMarkdown } from "./common";
import { Expander } from "../nodes.gen";

export default defineNode(Expander, ({ props, renderChildren }) => {
  const [open, setOpen] = useState(props.expanded === true);
  useEffect(() => setOpen(props.expanded === true), [props.expanded]);
  return (
    <details className="expander" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
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
