// The full markdown renderer: GitHub-flavoured markdown to sanitised HTML (marked + DOMPurify),
// with desk's colour syntax, `$` math, emoji shortcodes and `:material/name:` icons. A chunk of
// its own that markdown.ts imports on demand (the page preloads it alongside the core bundle):
// building marked's rules and DOMPurify costs the first paint tens of milliseconds that plain
// text does not need (issue 18).

import DOMPurify from "dompurify";
import { Marked } from "marked";
import { shortcodesInHtml } from "./icons/shortcodes";
import { anchorHeadings, escapeHtml } from "./markdownPlain";

/** `$...$` (inline) and `$$...$$` (display) math, drawn later by KaTeX (lazy chunk). */
const mathExtension = {
  extensions: [
    {
      name: "math",
      level: "inline" as const,
      start(src: string) {
        const i = src.indexOf("$");
        return i < 0 ? undefined : i;
      },
      tokenizer(src: string) {
        const match = /^\$\$([^$]+?)\$\$|^\$(?!\s)([^$\n]+?)(?<!\s)\$(?!\d)/.exec(src);
        if (!match) return undefined;
        return { type: "math", raw: match[0], text: (match[1] ?? match[2]).trim(), display: match[1] !== undefined };
      },
      renderer(token: { text?: unknown; display?: unknown }) {
        const tag = token.display ? "div" : "span";
        return `<${tag} class="md-math" data-display="${token.display ? "1" : "0"}">${escapeHtml(String(token.text ?? ""))}</${tag}>`;
      },
    },
  ],
};

const safe = new Marked({ gfm: true, breaks: false });
safe.use(mathExtension);
safe.use({
  renderer: {
    html(token) {
      return escapeHtml(token.text);
    },
  },
});
const unsafe = new Marked({ gfm: true, breaks: false });
unsafe.use(mathExtension);

/** DOMPurify needs a DOM; without one (unit tests in Node) only escaped markdown output passes. */
function purify(html: string, config: Record<string, unknown>): string {
  if (typeof DOMPurify.sanitize !== "function") return html;
  return DOMPurify.sanitize(html, config) as unknown as string;
}

const COLOR_RE = /:(red|orange|yellow|green|blue|violet|gray|grey|rainbow|primary)(-background)?\[([^\]\n]*)\]/g;

function colorize(html: string): string {
  return html.replace(COLOR_RE, (_m, color: string, bg: string | undefined, text: string) => {
    const cls = bg ? `md-bg-${color}` : `md-${color}`;
    return `<span class="${cls}">${text}</span>`;
  });
}

/** Render markdown; raw HTML in the source is shown as text unless allowHtml. `anchors` gives headings ids (and links). */
export function renderMarkdownFull(body: string, allowHtml: boolean, inline: boolean, anchors?: { links: boolean }): string {
  const engine = allowHtml ? unsafe : safe;
  const raw = inline ? (engine.parseInline(body, { async: false }) as string) : (engine.parse(body, { async: false }) as string);
  const html = shortcodesInHtml(colorize(raw));
  return purify(anchors === undefined ? html : anchorHeadings(html, anchors.links), { ADD_ATTR: ["target"] });
}

/** Sanitise an HTML fragment for st.html. */
export function sanitizeHtmlFull(body: string): string {
  return purify(body, { ADD_TAGS: ["style"], FORCE_BODY: true });
}
