// `:material/name:` icons and `:emoji_name:` shortcodes in labels and rendered markdown.

import { emojiFor } from "./emoji";

/** One piece of a label: plain text, an emoji (already Unicode) or a Material Symbols icon name. */
export type LabelPart = { kind: "text"; text: string } | { kind: "material"; name: string };

const SHORTCODE = /:material\/([a-z0-9_]+):|:([a-z0-9_+-]+):/g;

/** Split text into plain text (known emoji shortcodes replaced) and material icons. */
export function parseShortcodes(text: string): LabelPart[] {
  const parts: LabelPart[] = [];
  let plain = "";
  let last = 0;
  for (const match of text.matchAll(SHORTCODE)) {
    const start = match.index ?? 0;
    if (match[1] !== undefined) {
      plain += text.slice(last, start);
      if (plain) parts.push({ kind: "text", text: plain });
      plain = "";
      parts.push({ kind: "material", name: match[1] });
      last = start + match[0].length;
      continue;
    }
    const emoji = emojiFor(match[2]);
    if (emoji === undefined) continue;
    plain += text.slice(last, start) + emoji;
    last = start + match[0].length;
  }
  plain += text.slice(last);
  if (plain) parts.push({ kind: "text", text: plain });
  return parts;
}

/** The markup of one Material Symbols icon (its name is the ligature the font draws). */
export function materialIconHtml(name: string): string {
  return `<span class="material-icon" aria-hidden="true" translate="no" data-icon="${name}">${name}</span>`;
}

/** Replace shortcodes in HTML text content (never inside tags, `<code>` or `<pre>`). */
export function shortcodesInHtml(html: string): string {
  if (!html.includes(":")) return html;
  let depth = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((piece) => {
      if (piece.startsWith("<")) {
        if (/^<(code|pre)[\s>]/i.test(piece)) depth += 1;
        else if (/^<\/(code|pre)>/i.test(piece)) depth = Math.max(0, depth - 1);
        return piece;
      }
      if (depth > 0 || !piece.includes(":")) return piece;
      return parseShortcodes(piece)
        .map((part) => (part.kind === "text" ? part.text : materialIconHtml(part.name)))
        .join("");
    })
    .join("");
}
