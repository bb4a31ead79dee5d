import { defineNode } from "./types";
import { HelpIcon } from "./common";
import { Text } from "../nodes.gen";

export default defineNode(Text, ({ props }) => (
  <div className="with-help">
    <pre className="plain-text">{props.body}</pre>
    <HelpIcon text={props.help} />
  </div>
));
