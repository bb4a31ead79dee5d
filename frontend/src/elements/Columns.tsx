import { defineNode } from "./types";
import { NodeView, nodeKey } from "../NodeView";
import { GAPS } from "./Container";
import { Columns } from "../nodes.gen";

const ALIGN: Record<string, string> = { top: "flex-start", center: "center", bottom: "flex-end" };

export default defineNode(Columns, ({ props, childEntries }) => (
  <div
    className={`columns${props.wrap === false ? " no-wrap" : ""}`}
    style={{
      gap: props.gap ? GAPS[props.gap] ?? "1rem" : "0",
      alignItems: ALIGN[props.vertical_alignment ?? "top"] ?? "flex-start",
      ...(typeof props.width === "number" ? { width: props.width, maxWidth: "100%" } : {}),
    }}
  >
    {childEntries.map((entry) => {
      const weight = typeof entry.node.props.weight === "number" ? entry.node.props.weight : 1;
      return <NodeView key={nodeKey(entry)} entry={entry} style={{ flex: `${weight} 1 0`, minWidth: 0 }} />;
    })}
  </div>
));
