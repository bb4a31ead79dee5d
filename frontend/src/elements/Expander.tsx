import { useEffect, useState } from "react";
import { defineElement } from "./types";
import { Icon, InlineMarkdown } from "./common";
import { bool, optional, str } from "../utils/schema";

interface P {
  label: string;
  expanded?: boolean;
  icon?: string | null;
}

export default defineElement<P>({
  type: "Expander",
  schema: { label: str, expanded: optional(bool), icon: optional(str) },
  Component: ({ props, renderChildren }) => {
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
  },
});
