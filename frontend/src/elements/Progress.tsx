import { defineNode } from "./types";
import { InlineMarkdown } from "./common";
import { Progress } from "../nodes.gen";

export default defineNode(Progress, ({ props }) => {
  const pct = Math.max(0, Math.min(100, props.value)); // the server always sends a percentage
  return (
    <div className="progress">
      {props.text ? <div className="progress-text"><InlineMarkdown body={props.text} /></div> : null}
      <div className="progress-track" role="progressbar" aria-valuenow={Math.round(pct)} aria-valuemin={0} aria-valuemax={100} aria-label={props.text ?? "Progress"}>
        <div className="progress-bar" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
});
