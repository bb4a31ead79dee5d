// Generated from the node definitions in desk/elements by `python -m desk.elements.typescript`. Do not edit.

import { bool, nullable, num, oneOf, optional, str, type NodeSpec } from "./utils/schema";

/** Small, muted markdown (st.caption). */
export interface CaptionProps {
  /** The markdown source. */
  body: string;
  /** True renders raw HTML in the body (sanitised); False shows it as text. */
  allow_html: boolean;
  /** Tooltip text (markdown) shown beside the element. */
  help: string | null;
  /** "stretch", "content", "auto" or a width in pixels. */
  width: string | number;
  /** "center", "right" or "justify"; absent for the default, left. */
  text_alignment?: string;
}

export const Caption: NodeSpec<CaptionProps> = {
  type: "Caption",
  schema: {
    body: str,
    allow_html: bool,
    help: nullable(str),
    width: oneOf(str, num),
    text_alignment: optional(str),
  },
};

/** A code block with syntax highlighting (st.code). */
export interface CodeProps {
  /** The code. */
  body: string;
  /** The language to highlight, or None for plain monospace text. */
  language: string | null;
  /** True numbers the lines. */
  line_numbers: boolean;
  /** True wraps long lines instead of scrolling. */
  wrap_lines: boolean;
  /** "content", "stretch" or a maximum height in pixels. */
  height: string | number;
  /** "stretch", "content" or a width in pixels. */
  width: string | number;
}

export const Code: NodeSpec<CodeProps> = {
  type: "Code",
  schema: {
    body: str,
    language: nullable(str),
    line_numbers: bool,
    wrap_lines: bool,
    height: oneOf(str, num),
    width: oneOf(str, num),
  },
};

/** A horizontal rule (st.divider). */
export interface DividerProps {
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const Divider: NodeSpec<DividerProps> = {
  type: "Divider",
  schema: {
    width: oneOf(str, num),
  },
};

/** A title, header or subheader (st.title, st.header, st.subheader). */
export interface HeadingProps {
  /** The heading's text (inline markdown). */
  body: string;
  /** 1 for a title, 2 for a header, 3 for a subheader. */
  level: number;
  /** The id the heading can be linked to with #anchor, or None for no link. */
  anchor: string | null;
  /** Tooltip text (markdown) shown beside the heading. */
  help: string | null;
  /** The colour of the line under the heading, or None for no line. */
  divider: string | null;
  /** "stretch", "content" or a width in pixels. */
  width: string | number;
  /** An emoji or ":material/name:" icon before the text. */
  icon?: string;
  /** "center", "right" or "justify"; absent for the default, left. */
  text_alignment?: string;
}

export const Heading: NodeSpec<HeadingProps> = {
  type: "Heading",
  schema: {
    body: str,
    level: num,
    anchor: nullable(str),
    help: nullable(str),
    divider: nullable(str),
    width: oneOf(str, num),
    icon: optional(str),
    text_alignment: optional(str),
  },
};

/** HTML inserted into the page, sanitised (st.html). */
export interface HtmlProps {
  /** The HTML. */
  body: string;
  /** Always True: the client sanitises the HTML. */
  sanitize: boolean;
  /** True when the script asked for `unsafe_allow_javascript`. */
  allow_javascript: boolean;
  /** "stretch", "content" or a width in pixels. */
  width: string | number;
}

export const Html: NodeSpec<HtmlProps> = {
  type: "Html",
  schema: {
    body: str,
    sanitize: bool,
    allow_javascript: bool,
    width: oneOf(str, num),
  },
};

/** An interactive JSON tree (st.json). */
export interface JsonProps {
  /** The JSON text. */
  body: string;
  /** True expands every level, False none, an int that many levels. */
  expanded: boolean | number;
  /** "stretch" or a width in pixels. */
  width: string | number;
}

export const Json: NodeSpec<JsonProps> = {
  type: "Json",
  schema: {
    body: str,
    expanded: oneOf(bool, num),
    width: oneOf(str, num),
  },
};

/** A LaTeX formula rendered with KaTeX (st.latex). */
export interface LatexProps {
  /** The LaTeX source. */
  body: string;
  /** Tooltip text (markdown) shown beside the formula. */
  help: string | null;
  /** "stretch", "content" or a width in pixels. */
  width: string | number;
}

export const Latex: NodeSpec<LatexProps> = {
  type: "Latex",
  schema: {
    body: str,
    help: nullable(str),
    width: oneOf(str, num),
  },
};

/** GitHub-flavoured markdown (st.markdown). */
export interface MarkdownProps {
  /** The markdown source. */
  body: string;
  /** True renders raw HTML in the body (sanitised); False shows it as text. */
  allow_html: boolean;
  /** Tooltip text (markdown) shown beside the element. */
  help: string | null;
  /** "stretch", "content", "auto" or a width in pixels. */
  width: string | number;
  /** "center", "right" or "justify"; absent for the default, left. */
  text_alignment?: string;
}

export const Markdown: NodeSpec<MarkdownProps> = {
  type: "Markdown",
  schema: {
    body: str,
    allow_html: bool,
    help: nullable(str),
    width: oneOf(str, num),
    text_alignment: optional(str),
  },
};

/** Fixed-width, preformatted text (st.text). */
export interface TextProps {
  /** The text. */
  body: string;
  /** Tooltip text (markdown) shown beside the text. */
  help: string | null;
  /** "content", "stretch" or a width in pixels. */
  width: string | number;
  /** "center", "right" or "justify"; absent for the default, left. */
  text_alignment?: string;
}

export const Text: NodeSpec<TextProps> = {
  type: "Text",
  schema: {
    body: str,
    help: nullable(str),
    width: oneOf(str, num),
    text_alignment: optional(str),
  },
};

/** Every node type with a definition. */
export const NODE_TYPES = [
  "Caption",
  "Code",
  "Divider",
  "Heading",
  "Html",
  "Json",
  "Latex",
  "Markdown",
  "Text",
] as const;
