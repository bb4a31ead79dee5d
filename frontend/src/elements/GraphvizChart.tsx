import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { CodeView } from "./Code";
import { ErrorCard, fillsWidth } from "./common";
import { GraphvizChart } from "../nodes.gen";

/** A Graphviz graph laid out in the browser (WebAssembly Graphviz in a lazy chunk). */
export default defineNode(GraphvizChart, ({ props }) => {
  const [result, setResult] = useState<{ dot: string; svg: string } | { dot: string; error: string } | null>(null);
  useEffect(() => {
    let live = true;
    const dot = props.dot;
    import("../lazy/graphviz")
      .then(({ renderDot }) => renderDot(dot))
      .then((svg) => live && setResult({ dot, svg }))
      .catch((e: unknown) => live && setResult({ dot, error: String(e instanceof Error ? e.message : e) }));
    return () => {
      live = false;
    };
  }, [props.dot]);
  const current = result !== null && result.dot === props.dot ? result : null;
  if (current !== null && "error" in current) {
    return (
      <div className="graphviz">
        <ErrorCard title="Could not draw the graph" detail={current.error} />
        <CodeView body={props.dot} language="dot" />
      </div>
    );
  }
  const width = typeof props.width === "number" ? props.width : undefined;
  const height = typeof props.height === "number" ? props.height : undefined;
  const stretch = fillsWidth(props);
  return (
    <div
      className={`graphviz${stretch ? " stretch" : ""}`}
      role="img"
      aria-label={props.alt ?? "Graphviz graph"}
      aria-busy={current === null}
      style={{ width, height }}
      // The SVG is Graphviz output run through DOMPurify (lazy/graphviz.ts).
      dangerouslySetInnerHTML={current !== null ? { __html: current.svg } : undefined}
    />
  );
});
