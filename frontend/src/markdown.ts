// Markdown and st.html as sanitised HTML. Text with no markdown in it is drawn at once
// (markdownPlain.ts); the rest needs marked and DOMPurify, which live in a chunk of their own
// (markdownEngine.ts) so that the core bundle the first paint waits for does not build them.
// The page preloads that chunk with the core (vite.config.ts), so importing it costs only its
// evaluation; once it has run, every render is synchronous again.

import { useLayoutEffect, useState } from "react";
import { plainMarkdown } from "./markdownPlain";
import "./icons/icons.css";
import { loadOnce } from "./utils/loadOnce";
import { whenIdleAfterLoad } from "./utils/whenIdle";

export { anchorHeadings, headingSlug } from "./markdownPlain";

const engine = loadOnce(() => import("./markdownEngine"));

/** Import the markdown engine (once); a failed import is tried again by the next caller. */
export const loadMarkdownEngine = engine.load;

/** Settles once an import of the engine that is under way has loaded or failed; at once when none is. */
export const markdownEngineSettled = engine.settled;

/** The engine if it has loaded; else null, and its import starts (at once, not after the commit). */
function engineNow(): typeof import("./markdownEngine") | null {
  if (engine.loaded() === null) void engine.load().catch(() => undefined);
  return engine.loaded();
}

/**
 * Render markdown; raw HTML in the source is shown as text unless allowHtml. `anchors` gives
 * headings ids (and links). Null while text that needs the engine waits for its chunk
 * (components call useMarkdown, which draws again once it has loaded).
 */
export function renderMarkdown(body: string, allowHtml = false, inline = false, anchors?: { links: boolean }): string | null {
  return plainMarkdown(body, inline) ?? engineNow()?.renderMarkdownFull(body, allowHtml, inline, anchors) ?? null;
}

/**
 * Sanitise an HTML fragment for st.html; null while the engine loads. A fragment without a
 * tag is its own sanitised form (DOMPurify returns such a string as it is).
 */
export function sanitizeHtml(body: string): string | null {
  if (!body.includes("<")) return body;
  return engineNow()?.sanitizeHtmlFull(body) ?? null;
}

/**
 * renderMarkdown for a component: null while the text waits for the engine's chunk, and the
 * component draws again once it has loaded (a chunk that fails to load is thrown to the
 * element's error boundary).
 *
 * Until then the element is drawn empty, never as raw markdown. That rather than holding the
 * whole first render back: the page's other elements (and its plain text) paint as soon as the
 * core bundle has run, and the element that waits only waits for the engine chunk to run,
 * which was fetched alongside the core, the cost it used to pay inside the core anyway.
 * (Measured on a cold page whose first text needs the engine: that text comes about one
 * frame later than when the engine was in the core, and the rest of the page earlier.)
 */
export function useMarkdown(body: string, allowHtml = false, inline = false, anchors?: { links: boolean }): string | null {
  const html = renderMarkdown(body, allowHtml, inline, anchors);
  useEngineWhile(html === null);
  return html;
}

/** sanitizeHtml for a component, as useMarkdown: null until the engine has loaded. */
export function useSanitizedHtml(body: string): string | null {
  const html = sanitizeHtml(body);
  useEngineWhile(html === null);
  return html;
}

/**
 * Draw again once the engine has loaded, while `waiting`. A layout effect, so the element
 * listens from its commit on, not from the next frame (Preact runs passive effects after a
 * frame), should the engine be ready sooner.
 */
function useEngineWhile(waiting: boolean): void {
  const [, setLoaded] = useState(engine.loaded() !== null);
  const [error, setError] = useState<Error | null>(null);
  useLayoutEffect(() => {
    if (!waiting) return undefined;
    let live = true;
    engine.load().then(
      () => live && setLoaded(true),
      (failure: Error) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [waiting]);
  if (error !== null) throw error;
}

/**
 * Once the page has loaded and is idle, run the engine's chunk, so that markdown a later run
 * shows draws at once, in the same render, as before the split.
 */
export function preloadMarkdownWhenIdle(win: Window & typeof globalThis = window): void {
  whenIdleAfterLoad(() => void engine.load().catch(() => undefined), win);
}
