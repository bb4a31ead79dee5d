import { defineNode } from "./types";
import { sanitizeHtml } from "../markdown";
import { Html } from "../nodes.gen";

export default defineNode(Html, ({ props }) => (
  <div className="html-block" dangerouslySetInnerHTML={{ __html: sanitizeHtml(props.body) }} />
));
