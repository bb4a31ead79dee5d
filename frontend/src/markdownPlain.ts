// Markdown without its engine: the HTML helpers both renderers share, and the fast path that
// draws text with no markdown in it (most titles, labels, captions, "Count: 0") exactly as the
// full renderer would, so the first paint does not wait for marked and DOMPurify (issue 18).

import { shortcodesInHtml } from "./icons/shortcodes";

/** Escape text for HTML content or a double-quoted attribute. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A heading's id from its text: lower case, runs of other characters as one "-" (as st.header's anchors). */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * st.markdown's headings: each markdown heading gets an id from its text (the second of a name
 * gets "-1", ...), and with `links` an anchor link to it that shows on hover.
 */
export function anchorHeadings(html: string, links: boolean): string {
  const seen = new Map<string, number>();
  return html.replace(/<h([1-6])>([\s\S]*?)<\/h\1>/g, (whole, level: string, inner: string) => {
    const base = headingSlug(inner.replace(/<[^>]*>/g, "").replace(/&[a-z#0-9]+;/gi, " "));
    if (base === "") return whole;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const id = count === 0 ? base : `${base}-${count}`;
    const link = links ? `<a class="anchor-link" href="#${id}" aria-hidden="true" tabindex="-1">#</a>` : "";
    return `<h${level} id="${id}">${inner}${link}</h${level}>`;
  });
}

/**
 * Anything that might make the text more than one paragraph of plain text, for marked or for
 * desk's extensions: markdown's inline characters (escapes, code, emphasis, strike-through,
 * links and images, raw HTML and autolinks, entities), `$` math, `:color[...]` (its bracket),
 * table pipes, GFM's bare URL and e-mail autolinks, line breaks (and every other control
 * character), and the characters the sanitiser would write differently (no-break space) or
 * that marked might treat specially (line/paragraph separators, byte order mark, lone surrogates).
 * Deliberately wider than needed: a false alarm only costs the full renderer. (Written with
 * ranges, not `\p{...}` classes or the `i` flag, which made compiling it cost the first paint
 * a millisecond; with the `u` flag the surrogate range matches lone surrogates only.)
 */
const NEEDS_ENGINE = /[\\`*_~[\]<>&$|@\u0000-\u001f\u007f-\u009f\u00a0\u2028\u2029\ufeff\ud800-\udfff]|:\/\/|[wW]{3}\./u;

/**
 * A line start that may open a block: a heading's or a quote's mark, `=` (kept out, as setext
 * underlines are made of it), a bullet (`+`/`-` then a space, the end, or a `-`, as in `---`),
 * an ordered list's number (`1.`, `2)` then a space or the end). `*` is excluded everywhere.
 */
const BLOCK_START = /^(?:[#>=]|[+-](?![^\s-])|\d+[.)](?!\S))/;

/** marked's escaping of text (the fast path's text holds no `&`, `<` or `>`). */
const escapeQuotes = (text: string): string => text.replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/**
 * The HTML the full renderer gives `body`, when the text provably needs no markdown engine:
 * one line, trimmed, none of the characters above, and (outside inline mode) no block start.
 * Then marked's output is the escaped text (in a paragraph unless inline), and desk's emoji
 * and `:material/name:` shortcodes are replaced as after marked. Otherwise null.
 * (The result needs no sanitising: all of it is escaped text but the fixed tags written here
 * and by the shortcodes.)
 */
export function plainMarkdown(body: string, inline: boolean): string | null {
  if (body === "") return "";
  if (body.trim() !== body || NEEDS_ENGINE.test(body)) return null;
  if (!inline && BLOCK_START.test(body)) return null;
  const text = escapeQuotes(body);
  return shortcodesInHtml(inline ? text : `<p>${text}</p>\n`);
}
