import { useMemo, useState, type ReactNode } from "react";
import { defineNode } from "./types";
import { highlightPython, tokenLines, type Token } from "./highlightPython";
import { Code } from "../nodes.gen";

const PYTHON = new Set(["python", "py", "python3"]);

function drawn(tokens: Token[]): ReactNode[] {
  return tokens.map((token, i) =>
    token.kind === "plain" ? (
      token.text
    ) : (
      <span key={i} className={`tok-${token.kind}`}>
        {token.text}
      </span>
    ),
  );
}

/** The code's lines, coloured when it is Python (st.code's default language). */
function useCodeLines(body: string, language: string | null | undefined): ReactNode[][] {
  return useMemo(
    () =>
      language && PYTHON.has(language.toLowerCase())
        ? tokenLines(highlightPython(body)).map(drawn)
        : body.split("\n").map((line) => [line]),
    [body, language],
  );
}

export function CodeView({ body, lineNumbers = false, wrap = false, language }: { body: string; lineNumbers?: boolean; wrap?: boolean; language?: string | null }) {
  const [copied, setCopied] = useState(false);
  const lines = useCodeLines(body, language);
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
          {lines.map((line, i) => (
            <span className={lineNumbers ? "code-line" : undefined} key={i}>
              {lineNumbers ? (
                <span className="line-number" aria-hidden="true">
                  {i + 1}
                </span>
              ) : null}
              {line}
              {i < lines.length - 1 || lineNumbers ? "\n" : null}
            </span>
          ))}
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
