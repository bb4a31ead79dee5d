import { describe, expect, it } from "vitest";
import { highlightPython, tokenLines } from "./highlightPython";

const kinds = (source: string) => highlightPython(source).filter((t) => t.kind !== "plain" || t.text.trim() !== "").map((t) => `${t.kind}:${t.text}`);

describe("highlightPython", () => {
  it("gives the source back when joined", () => {
    const source = 'import pandas as pd\n@st.cache_data\ndef load(p: str, n=10) -> pd.DataFrame:\n    """Doc."""\n    return f"{p!r} {{x}}" # done\n';
    expect(highlightPython(source).map((t) => t.text).join("")).toBe(source);
  });
  it("colours keywords, names after def and class, decorators, numbers and booleans", () => {
    expect(kinds("@st.cache_data\ndef load(n=10):\n    return None")).toEqual([
      "decorator:@st.cache_data",
      "keyword:def",
      "function:load",
      "punctuation:(",
      "plain:n",
      "operator:=",
      "number:10",
      "punctuation:)",
      "punctuation::",
      "keyword:return",
      "boolean:None",
    ]);
    expect(kinds("class A(Base): pass")).toEqual(["keyword:class", "class-name:A", "punctuation:(", "plain:Base", "punctuation:)", "punctuation::", "keyword:pass"]);
  });
  it("keeps strings and comments whole, even with keywords or quotes inside", () => {
    expect(kinds("x = 'if # not a comment' # if not code")).toEqual(["plain:x", "operator:=", "string:'if # not a comment'", "comment:# if not code"]);
    expect(kinds('s = """a\n"b" if"""')).toEqual(["plain:s", "operator:=", 'string:"""a\n"b" if"""']);
  });
  it("shows an f-string's fields as code", () => {
    expect(kinds('f"n={n + 1}{{lit}}"')).toEqual(["string:f\"n=", "punctuation:{", "interpolation:n + 1", "punctuation:}", 'string:{{lit}}"']);
  });
  it("copes with text that does not end: an open string or f-string field", () => {
    expect(highlightPython('x = "open').map((t) => t.text).join("")).toBe('x = "open');
    expect(highlightPython('f"{x').map((t) => t.text).join("")).toBe('f"{x');
  });
  it("splits tokens at line ends", () => {
    const lines = tokenLines(highlightPython('a = """x\ny"""\nb'));
    expect(lines.map((line) => line.map((t) => t.text).join(""))).toEqual(['a = """x', 'y"""', "b"]);
    expect(lines[1]![0]!.kind).toBe("string");
  });
});
