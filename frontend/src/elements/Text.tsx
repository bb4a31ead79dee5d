import { defineElement } from "./types";
import { HelpIcon } from "./common";
import { optional, str } from "../utils/schema";

interface P {
  body: string;
  help?: string | null;
}

export default defineElement<P>({
  type: "Text",
  schema: { body: str, help: optional(str) },
  Component: ({ props }) => (
    <div className="with-help">
      <pre className="plain-text">{props.body}</pre>
      <HelpIcon text={props.help} />
    </div>
  ),
});
