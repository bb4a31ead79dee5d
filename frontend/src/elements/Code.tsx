import { useState } from "react";
import { defineElement } from "./types";
import { any, bool, optional, str } from "../utils/schema";

interface P {
  body: string;
  language?: string | null;
  line_numbers?: boolean;
  wrap_lines?: boolean;
  height?: number | string | null;
}

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

export default defineElement<P>({
  type: "Code",
  schema: { body: str, language: optional(str), line_numbers: optional(bool), wrap_lines: optional(bool), height: any },
  Component: ({ props }) => (
    <div style={typeof props.height === "number" ? { maxHeight: props.height, overflow: "auto" } : undefined}>
      <CodeView body={props.body} lineNumbers={props.line_numbers === true} wrap={props.wrap_lines === true} language={props.language} />
    </div>
  ),
});
