import { defineElement } from "./types";
import { str } from "../utils/schema";
import { sanitizeHtml } from "../markdown";

interface P {
  body: string;
}

export default defineElement<P>({
  type: "Html",
  schema: { body: str },
  Component: ({ props }) => <div className="html-block" dangerouslySetInnerHTML={{ __html: sanitizeHtml(props.body) }} />,
});
