import { useState } from "react";
import { defineNode } from "./types";
import { Json } from "../nodes.gen";

/** One value; `name` is its key in an object, `index` its place in a list (shown as Streamlit shows them: "a": 1, 0: 1). */
function JsonValue({ name, index, value, depth, open }: { name?: string; index?: number; value: unknown; depth: number; open: number }) {
  const [expanded, setExpanded] = useState(depth < open);
  const label =
    name !== undefined ? (
      <span className="json-key">{JSON.stringify(name)}: </span>
    ) : index !== undefined ? (
      <span className="json-index">{index}: </span>
    ) : null;
  if (value === null || typeof value !== "object") {
    const cls = value === null ? "json-null" : `json-${typeof value}`;
    return (
      <div className="json-row">
        {label}
        <span className={cls}>{JSON.stringify(value)}</span>
      </div>
    );
  }
  const isArray = Array.isArray(value);
  const items: [string | undefined, unknown][] = isArray
    ? (value as unknown[]).map((v) => [undefined, v])
    : Object.entries(value as Record<string, unknown>);
  const [openB, closeB] = isArray ? ["[", "]"] : ["{", "}"];
  return (
    <div className="json-row">
      <button type="button" className="json-toggle" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
        {expanded ? "▾" : "▸"}
      </button>
      {label}
      {openB}
      {expanded ? (
        <div className="json-children">
          {items.map(([k, v], i) => (
            <JsonValue key={i} name={k} index={isArray ? i : undefined} value={v} depth={depth + 1} open={open} />
          ))}
        </div>
      ) : (
        <span className="json-collapsed"> {items.length === 1 ? "1 item" : `${items.length} items`} </span>
      )}
      {closeB}
    </div>
  );
}

export default defineNode(Json, ({ props }) => {
  let value: unknown;
  try {
    value = JSON.parse(props.body);
  } catch {
    return <pre className="plain-text">{props.body}</pre>;
  }
  const open = props.expanded === false ? 0 : typeof props.expanded === "number" ? props.expanded : 1e9;
  return (
    <div className="json-view">
      <JsonValue value={value} depth={0} open={open} />
    </div>
  );
});
