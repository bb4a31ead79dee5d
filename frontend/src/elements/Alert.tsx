import { defineElement } from "./types";
import { Icon, InlineMarkdown, MarkdownBlock } from "./common";
import { literal, optional, str } from "../utils/schema";

interface P {
  kind: "error" | "warning" | "info" | "success";
  body: string;
  icon?: string | null;
  title?: string | null;
}

export default defineElement<P>({
  type: "Alert",
  schema: { kind: literal("error", "warning", "info", "success"), body: str, icon: optional(str), title: optional(str) },
  Component: ({ props }) => (
    <div className={`alert alert-${props.kind}`} role={props.kind === "error" || props.kind === "warning" ? "alert" : "status"}>
      {props.icon ? <Icon icon={props.icon} /> : null}
      <div className="alert-content">
        {props.title ? (
          <div className="alert-title">
            <InlineMarkdown body={props.title} />
          </div>
        ) : null}
        <MarkdownBlock body={props.body} />
      </div>
    </div>
  ),
});
