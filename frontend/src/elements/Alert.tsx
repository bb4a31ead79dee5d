import { defineNode } from "./types";
import { Icon, InlineMarkdown, MarkdownBlock } from "./common";
import { Alert } from "../nodes.gen";

export default defineNode(Alert, ({ props }) => (
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
));
