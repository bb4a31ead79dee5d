import { useEffect, useState } from "react";
import { defineElement } from "./types";
import { optional, str } from "../utils/schema";

interface P {
  body: string;
  help?: string | null;
}

function LatexView({ body }: { body: string }) {
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    import("../lazy/katex")
      .then(({ renderTex }) => {
        if (live) setHtml(renderTex(body));
      })
      .catch((e: unknown) => live && setError(String(e)));
    return () => {
      live = false;
    };
  }, [body]);
  if (error !== null) return <pre className="plain-text">{body}</pre>;
  if (html === null) return <div className="latex loading">{body}</div>;
  return <div className="latex" dangerouslySetInnerHTML={{ __html: html }} />;
}

export default defineElement<P>({
  type: "Latex",
  schema: { body: str, help: optional(str) },
  Component: ({ props }) => <LatexView body={props.body} />,
});
