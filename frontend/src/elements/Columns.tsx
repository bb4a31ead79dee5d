import { defineElement } from "./types";
import { NodeView, nodeKey } from "../NodeView";
import { any, optional, str } from "../utils/schema";
import { GAPS } from "./Container";

interface P {
  gap?: string | null;
  vertical_alignment?: string | null;
  border?: boolean;
}

const ALIGN: Record<string, string> = { top: "flex-start", center: "center", bottom: "flex-end" };

export default defineElement<P>({
  type: "Columns",
  schema: { gap: optional(str), vertical_alignment: optional(str), border: any },
  Component: ({ props, childEntries }) => (
    <div
      className="columns"
      style={{ gap: props.gap ? GAPS[props.gap] ?? "1rem" : "0", alignItems: ALIGN[props.vertical_alignment ?? "top"] ?? "flex-start" }}
    >
      {childEntries.map((entry) => {
        const weight = typeof entry.node.props.weight === "number" ? entry.node.props.weight : 1;
        return <NodeView key={nodeKey(entry)} entry={entry} style={{ flex: `${weight} 1 0`, minWidth: 0 }} />;
      })}
    </div>
  ),
});
