import { defineNode } from "./types";
import { HelpIcon, MarkdownBlock } from "./common";
import { Caption } from "../nodes.gen";

export default defineNode(Caption, ({ props }) => (
  <div className="with-help caption">
    <MarkdownBlock body={props.body} allowHtml={props.allow_html} className="markdown caption-text" />
    <HelpIcon text={props.help} />
  </div>
));
