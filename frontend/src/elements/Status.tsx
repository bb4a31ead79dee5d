import { useEffect, useState } from "react";
import { defineElement } from "./types";
import { InlineMarkdown } from "./common";
import { bool, optional, str } from "../utils/schema";

interface P {
  label: string;
  state?: "running" | "complete" | "error" | null;
  expanded?: boolean;
}

export default defineElement<P>({
  type: "Status",
  schema: { label: str, state: optional(str), expanded: optional(bool) },
  Component: ({ props, renderChildren }) => {
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
  },
});
