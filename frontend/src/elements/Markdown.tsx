import { defineElement } from "./types";
import { HelpIcon, MarkdownBlock } from "./common";
import { bool, optional, str } from "../utils/schema";

interface P {
  body: string;
  allow_html?: boolean;
  help?: string | null;
}

export default defineElement<P>({
  type: "Markdown",
  schema: { body: str, allow_html: optional(bool), help: optional(str) },
  Component: ({ props }) => (
    <div className="with-help">
      <MarkdownBlock body={props.body} allowHtml={props.allow_html === true} />
      <HelpIcon text={props.help} />
    </div>
  ),
});
