import { useEffect, useState } from "react";
import { defineNode } from "./types";
import { Latex } from "../nodes.gen";

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

export default defineNode(Latex, ({ props }) => <LatexView body={props.body} />);
