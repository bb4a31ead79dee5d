import { defineNode } from "./types";
import { HelpIcon } from "./common";
import { Text } from "../nodes.gen";

export default defineNode(Text, ({ props }) => (
  <div className="with-help">
    {props.wrap === false ? (
      <pre className="plain-text one-line" title={props.body}>
        {props.body}
      </pre>
    ) : (
      <pre className="plain-text">{props.body}</pre>
    )}
    <HelpIcon text={props.help} />
  </div>
));
