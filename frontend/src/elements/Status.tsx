import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { InlineMarkdown } from "./common";
import { Chevron, expandableClass } from "./expandable";
import { Status } from "../nodes.gen";

export default defineNode(Status, ({ props, childEntries, renderChildren }) => {
  const [open, setOpen] = useState(props.expanded === true);
  useEffect(() => setOpen(props.expanded === true), [props.expanded]);
  const state = props.state ?? "running";
  const mark = state === "running" ? <span className="spinner small" aria-hidden="true" /> : <span className="status-icon" aria-hidden="true">{state === "error" ? "✕" : "✓"}</span>;
  const step = props.type === "step";
  return (
    <details
      className={`${expandableClass(props.type, childEntries.length > 0)} status status-${state}`}
      open={open}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>
        {step ? <span className="step-marker">{mark}</span> : mark}
        <InlineMarkdown body={props.label} />
        {props.type !== undefined ? <Chevron /> : null}
      </summary>
      <div className="expander-body">{renderChildren()}</div>
    </details>
  );
});
