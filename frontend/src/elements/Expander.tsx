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
        <Icon icon={props.icon} />
        <InlineMarkdown body={props.label} />
      </summary>
      <div className="expander-body">{renderChildren()}</div>
    </details>
  );
});
