import { defineNode } from "./types";
import { HelpIcon, InlineMarkdown, MarkdownBlock } from "./common";
import { Caption } from "../nodes.gen";

export default defineNode(Caption, ({ props }) => (
  <div className="with-help caption">
    {props.wrap === false ? (
      <div className="markdown caption-text one-line" title={props.body}>
        <InlineMarkdown body={props.body} />
      </div>
    ) : (
      <MarkdownBlock body={props.body} allowHtml={props.allow_html} className="markdown caption-text" />
    )}
    <HelpIcon text={props.help} />
  </div>
));
