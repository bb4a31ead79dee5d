import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { CodeView } from "./Code";
import { ErrorCard } from "./common";
import { useDesk } from "../context";
import { MermaidChart } from "../nodes.gen";

type Drawn = { key: string; svg: string } | { key: string; error: string };

/** A Mermaid diagram laid out in the browser (mermaid in a lazy chunk); a parse error shows with the text. */
export default defineNode(MermaidChart, ({ props }) => {
  const { themeType } = useDesk();
  const dark = themeType === "dark";
  const key = `${dark ? "dark" : "light"}\n${props.body}`;
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    let live = true;
    import("../lazy/mermaid")
      .then(({ renderMermaid }) => renderMermaid(props.body, dark))
      .then((svg) => live && setDrawn({ key, svg }))
      .catch((e: unknown) => live && setDrawn({ key, error: String(e instanceof Error ? e.message : e) }));
    return () => {
      live = false;
    };
  }, [key, props.body, dark]);
  const current = drawn !== null && drawn.key === key ? drawn : null;
  if (current !== null && "error" in current) {
    return (
      <div className="mermaid-chart">
        <ErrorCard title="Could not draw the Mermaid diagram" detail={current.error} />
        <CodeView body={props.body} language="mermaid" />
      </div>
    );
  }
  const width = typeof props.width === "number" ? props.width : undefined;
  return (
    <div
      className={`mermaid-chart${props.width === "stretch" ? " stretch" : ""}`}
      role="img"
      aria-label={props.alt ?? "Mermaid diagram"}
      aria-busy={current === null}
      style={{ width }}
      // Mermaid's SVG, run through DOMPurify (lazy/mermaid.ts).
      dangerouslySetInnerHTML={current !== null ? { __html: current.svg } : undefined}
    />
  );
});
