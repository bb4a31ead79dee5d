// Python source split into coloured tokens, for st.code and st.echo (Python is st.code's default
// language). The kinds and their colours follow what Streamlit shows: keywords, strings, numbers,
// comments, decorators, operators, punctuation, and the names after `def` and `class`.

export type TokenKind =
  | "plain"
  | "keyword"
  | "boolean"
  | "string"
  | "interpolation"
  | "number"
  | "comment"
  | "decorator"
  | "operator"
  | "punctuation"
  | "function"
  | "class-name";

export interface Token {
  kind: TokenKind;
  text: string;
}

const KEYWORDS = new Set(
  ("and as assert async await break class continue def del elif else except finally for from global if import in is " +
    "lambda nonlocal not or pass raise return try while with yield match case").split(" "),
);
const BOOLEANS = new Set(["True", "False", "None"]);

// One alternative per token kind, tried at each position in this order.
const PATTERN = new RegExp(
  [
    /(#[^\n]*)/, // 1 comment
    /([rRbBuUfF]{0,2}(?:"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:\\.|[^"\\\n])*"?|'(?:\\.|[^'\\\n])*'?))/, // 2 string
    /((?:^|(?<=\n))[ \t]*@[\w.]+)/, // 3 decorator, at the start of a line
    /(\b(?:0[xX][\da-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?)\b)/, // 4 number
    /([A-Za-z_]\w*)/, // 5 name
    /(->|:=|\*\*=?|\/\/=?|<<=?|>>=?|[-+*/%@&|^=!<>]=?|~)/, // 6 operator
    /([()[\]{},;.:])/, // 7 punctuation
    /(\s+|.)/, // 8 anything else
  ]
    .map((part) => part.source)
    .join("|"),
  "gy",
);

/** The f-string `text` (quotes and prefix included) as string parts and `{...}` parts. */
function fStringTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] === "{" && text[i + 1] === "{") {
      i += 2;
    } else if (text[i] === "{") {
      let depth = 1;
      let end = i + 1;
      while (end < text.length && depth > 0) {
        if (text[end] === "{") depth += 1;
        else if (text[end] === "}") depth -= 1;
        end += 1;
      }
      if (i > start) tokens.push({ kind: "string", text: text.slice(start, i) });
      tokens.push({ kind: "punctuation", text: "{" });
      const closed = text[end - 1] === "}" && depth === 0;
      tokens.push({ kind: "interpolation", text: text.slice(i + 1, closed ? end - 1 : end) });
      if (closed) tokens.push({ kind: "punctuation", text: "}" });
      start = i = end;
    } else {
      i += 1;
    }
  }
  if (start < text.length) tokens.push({ kind: "string", text: text.slice(start) });
  return tokens;
}

/** The tokens of `source`, whose texts joined give `source` back. */
export function highlightPython(source: string): Token[] {
  const tokens: Token[] = [];
  let after: "def" | "class" | null = null; // the name after these is a function or class name
  PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (PATTERN.lastIndex < source.length && (match = PATTERN.exec(source)) !== null) {
    const text = match[0];
    if (match[1] !== undefined) tokens.push({ kind: "comment", text });
    else if (match[2] !== undefined) {
      const prefix = /^[rRbBuU]?[fF][rRbBuU]?(?=["'])/.test(text);
      tokens.push(...(prefix ? fStringTokens(text) : [{ kind: "string" as const, text }]));
    } else if (match[3] !== undefined) tokens.push({ kind: "decorator", text });
    else if (match[4] !== undefined) tokens.push({ kind: "number", text });
    else if (match[5] !== undefined) {
      if (after !== null) {
        tokens.push({ kind: after === "def" ? "function" : "class-name", text });
        after = null;
        continue;
      }
      const kind: TokenKind = KEYWORDS.has(text) ? "keyword" : BOOLEANS.has(text) ? "boolean" : "plain";
      tokens.push({ kind, text });
      if (text === "def" || text === "class") after = text;
      continue;
    } else if (match[6] !== undefined) tokens.push({ kind: "operator", text });
    else if (match[7] !== undefined) tokens.push({ kind: "punctuation", text });
    else {
      tokens.push({ kind: "plain", text });
      if (/^\s+$/.test(text)) continue; // white space keeps a pending def/class name
    }
    after = null;
  }
  return tokens;
}

/** The tokens split at line ends: one list per line (a token across lines is cut into parts). */
export function tokenLines(tokens: Token[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const token of tokens) {
    const parts = token.text.split("\n");
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== "") lines[lines.length - 1]!.push({ kind: token.kind, text: part });
    });
  }
  return lines;
}
