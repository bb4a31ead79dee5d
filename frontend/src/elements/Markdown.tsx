import { defineNode } from "./types";
import { HelpIcon, MarkdownBlock } from "./common";
import { Markdown } from "../nodes.gen";

export default defineNode(Markdown, ({ props }) => (
  <div className="with-help">
    <MarkdownBlock body={props.body} allowHtml={props.allow_html} />
    <HelpIcon text={props.help} />
  </div>
));
