// Run work the page will want later once it has loaded and the browser is idle, so that it
// never competes with the first paint. Where there is no requestIdleCallback (WKWebView), a
// timer stands in for the idle period.

/** Delay before the work where the browser has no requestIdleCallback. */
export const IDLE_FALLBACK_MS = 500;

/** Call `work` in the first idle period after the page's load event (at most 3 s after it). */
export function whenIdleAfterLoad(work: () => void, win: Window & typeof globalThis = window): void {
  const start = () => {
    if (typeof win.requestIdleCallback === "function") win.requestIdleCallback(work, { timeout: 3000 });
    else win.setTimeout(work, IDLE_FALLBACK_MS);
  };
  if (win.document.readyState === "complete") start();
  else win.addEventListener("load", start, { once: true });
}
