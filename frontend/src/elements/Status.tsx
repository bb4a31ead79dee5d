import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { InlineMarkdown } from "./common";
import { Status } from "../nodes.gen";

export default defineNode(Status, ({ props, renderChildren }) => {
  const [open, setOpen] = useState(props.expanded === true);
  useEffect(() => setOpen(props.expanded === true), [props.expanded]);
  const state = props.state ?? "running";
  return (
    <details className={`expander status status-${state}`} open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>
        {state === "running" ? <span className="spinner small" aria-hidden="true" /> : <span className="status-icon" aria-hidden="true">{state === "error" ? "✕" : "✓"}</span>}
        <InlineMarkdown body={props.label} />
      </summary>
      <div className="expander-body">{renderChildren()}</div>
    </details>
  );
});
