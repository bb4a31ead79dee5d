// Renders one entry of the tree with its registered element, inside an error boundary.

import { Component as ReactComponent, memo, type CSSProperties, type ReactNode } from "react";
import { useDesk } from "./context";
import { registry } from "./elements";
import { ErrorCard } from "./elements/common";
import type { AnyElementDef } from "./elements/types";
import { isStale, pathKey, type Entry } from "./store";
import { validate } from "./utils/schema";

interface BoundaryProps {
  type: string;
  children: ReactNode;
}

class ElementBoundary extends ReactComponent<BoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (this.state.error !== null) {
      return <ErrorCard title={`Could not render ${this.props.type}`} detail={String(this.state.error.message)} />;
    }
    return this.props.children;
  }
}

export function NodeList({ entries }: { entries: Entry[] }) {
  return (
    <>
      {entries.map((entry) => (
        <NodeView key={nodeKey(entry)} entry={entry} />
      ))}
    </>
  );
}

/** React key: a different widget or type at the same path remounts. */
export function nodeKey(entry: Entry): string {
  return `${pathKey(entry.path)}:${entry.node.type}:${entry.node.id ?? ""}`;
}

/** The element box's size from `width=`: a number is pixels (never wider than the container), "content" fits it.
 * Elements whose component applies `width` itself (their spec says `sizesItself`) get no size here. */
export function widthOfElement(def: AnyElementDef | undefined, width: unknown): CSSProperties | undefined {
  if (def?.sizesItself === true) return undefined;
  if (typeof width === "number" && width > 0) return { width, maxWidth: "100%" };
  if (width === "content") return { width: "fit-content", maxWidth: "100%" };
  return undefined;
}

export const NodeView = memo(function NodeView({ entry, style }: { entry: Entry; style?: CSSProperties }) {
  const desk = useDesk();
  const { type, props } = entry.node;
  const def = registry.get(type);
  const childEntries = desk.index.get(pathKey(entry.path)) ?? [];
  const stale = desk.fadeStale && isStale(desk.state, entry);
  let body: ReactNode;
  if (def === undefined) {
    body = <ErrorCard title={`Unknown element type "${type}"`} detail="This version of the frontend cannot draw it." />;
  } else {
    const error = validate(def.schema, props ?? {});
    if (error !== null) {
      body = <ErrorCard title={`Bad props for ${type}`} detail={error} />;
    } else {
      const Comp = def.Component;
      body = (
        <ElementBoundary type={type}>
          <Comp
            props={props}
            entry={entry}
            childEntries={childEntries}
            renderChildren={(entries?: Entry[]) => <NodeList entries={entries ?? childEntries} />}
          />
        </ElementBoundary>
      );
    }
  }
  // text_alignment (markdown, caption, text, headings) applies to the whole element.
  const align = typeof props?.text_alignment === "string" ? (props.text_alignment as CSSProperties["textAlign"]) : undefined;
  const sized = widthOfElement(def, props?.width);
  return (
    <div
      className={`el el-${type}${stale ? " stale" : ""}`}
      data-testid={`el-${type}`}
      data-path={pathKey(entry.path)}
      data-wrap={typeof props?.wrap === "boolean" ? String(props.wrap) : undefined}
      data-width={sized === undefined ? undefined : typeof props?.width === "number" ? "px" : "content"}
      style={sized || align ? { ...style, ...sized, textAlign: align } : style}
    >
      {body}
    </div>
  );
});
