import { defineNode } from "./types";
import { HelpIcon, InlineMarkdown, MarkdownBlock } from "./common";
import { Markdown } from "../nodes.gen";

export default defineNode(Markdown, ({ props }) => (
  <div className="with-help">
    {props.wrap === false ? (
      <div className="markdown one-line" title={props.body}>
        <InlineMarkdown body={props.body} />
      </div>
    ) : (
      <MarkdownBlock body={props.body} allowHtml={props.allow_html} anchors={{ links: props.anchors !== false }} />
    )}
    <HelpIcon text={props.help} />
  </div>
));
