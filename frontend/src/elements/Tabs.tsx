import { useEffect, useId, useState } from "react";
import { useWidgetSender } from "./widget";
import { defineNode } from "./types";
import { NodeView, nodeKey } from "../NodeView";
import { LabelText } from "../icons/LabelText";
import { Tabs } from "../nodes.gen";

export default defineNode(Tabs, ({ props, entry, childEntries }) => {
  const [active, setActive] = useState(props.default_index ?? 0);
  const { change } = useWidgetSender(entry);
  const stateful = props.on_change !== undefined && entry.node.id != null;
  // With on_change the open tab is a widget value: follow the server's, and send the user's choice.
  useEffect(() => {
    if (stateful) setActive(props.default_index ?? 0);
  }, [stateful, props.default_index]);
  const base = useId();
  const labels = childEntries.map((entry, i) =>
    typeof entry.node.props.label === "string" ? entry.node.props.label : props.labels?.[i] ?? `Tab ${i + 1}`,
  );
  const current = Math.min(active, Math.max(0, childEntries.length - 1));
  const choose = (i: number) => {
    setActive(i);
    const label = props.labels[i];
    if (stateful && label !== undefined && label !== props.value) change(label);
  };
  // ARIA tabs pattern: arrows move to the next/previous tab (wrapping), Home/End to the ends; focus follows.
  const onKey = (e: React.KeyboardEvent) => {
    const count = labels.length;
    if (count === 0) return;
    const next =
      e.key === "ArrowRight" ? (current + 1) % count
      : e.key === "ArrowLeft" ? (current - 1 + count) % count
      : e.key === "Home" ? 0
      : e.key === "End" ? count - 1
      : null;
    if (next === null) return;
    e.preventDefault();
    choose(next);
    document.getElementById(`${base}-tab-${next}`)?.focus();
  };
  return (
    <div className={`tabs${props.height === "stretch" ? " stretch" : ""}`} style={props.width ? { width: `${props.width}px`, maxWidth: "100%" } : undefined}>
      <div className="tab-list" role="tablist" onKeyDown={onKey}>
        {labels.map((label, i) => (
          <button
            key={i}
            type="button"
            role="tab"
            id={`${base}-tab-${i}`}
            aria-selected={i === current}
            aria-controls={`${base}-panel-${i}`}
            tabIndex={i === current ? 0 : -1}
            className={`tab${i === current ? " active" : ""}`}
            onClick={() => choose(i)}
          >
            <LabelText text={label} />
          </button>
        ))}
      </div>
      {childEntries.map((entry, i) => (
        <div
          key={nodeKey(entry)}
          role="tabpanel"
          id={`${base}-panel-${i}`}
          aria-labelledby={`${base}-tab-${i}`}
          hidden={i !== current}
          className={typeof props.height === "number" ? "tab-panel fixed" : "tab-panel"}
          style={typeof props.height === "number" ? { height: `${props.height}px` } : undefined}
          tabIndex={typeof props.height === "number" ? 0 : undefined}
        >
          <NodeView entry={entry} />
        </div>
      ))}
    </div>
  );
});
