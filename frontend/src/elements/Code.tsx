import { useState } from "react";
import { defineNode } from "./types";
import { Code } from "../nodes.gen";

export function CodeView({ body, lineNumbers = false, wrap = false, language }: { body: string; lineNumbers?: boolean; wrap?: boolean; language?: string | null }) {
  const [copied, setCopied] = useState(false);
  const lines = body.split("\n");
  const copy = () => {
    void navigator.clipboard?.writeText(body).then(() => {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1200);
    });
  };
  return (
    <div className="code-block">
      <button type="button" className="copy-button" onClick={copy} aria-label="Copy to clipboard">
        {copied ? "Copied" : "Copy"}
      </button>
      <pre className={wrap ? "wrap" : ""} data-language={language ?? undefined}>
        <code>
          {lineNumbers
            ? lines.map((line, i) => (
                <span className="code-line" key={i}>
                  <span className="line-number" aria-hidden="true">{i + 1}</span>
                  {line}
                  {"\n"}
                </span>
              ))
            : body}
        </code>
      </pre>
    </div>
  );
}

export default defineNode(Code, ({ props }) => (
  <div style={typeof props.height === "number" ? { maxHeight: props.height, overflow: "auto" } : undefined}>
    <CodeView body={props.body} lineNumbers={props.line_numbers} wrap={props.wrap_lines} language={props.language} />
  </div>
));
