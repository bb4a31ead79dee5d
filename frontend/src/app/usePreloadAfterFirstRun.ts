// Preload the markdown engine, the on-demand elements and the grid chunk once the first run's output is on the page.
// Started at the page's load event instead, they were fetched and compiled while the page
// waited for the first run, and competed with drawing it. When the first run's text needs the
// markdown engine, they wait for it too: that text is drawn only once the engine has run.

import { useEffect, useRef } from "react";
import { preloadGridWhenIdle } from "../elements/frame";
import { preloadOnDemandWhenIdle } from "../elements/onDemand";
import { markdownEngineSettled, preloadMarkdownWhenIdle } from "../markdown";

/** How long a first run that has not finished holds the preload back (a long script). */
export const FIRST_RUN_WAIT_MS = 3000;

/**
 * Call `start` now if the first run has finished, else after `FIRST_RUN_WAIT_MS`.
 * Returns the cleanup that cancels a pending start.
 */
export function schedulePreload(firstRunDone: boolean, start: () => void, win: Pick<Window, "setTimeout" | "clearTimeout"> = window): () => void {
  if (firstRunDone) {
    start();
    return () => undefined;
  }
  const timer = win.setTimeout(start, FIRST_RUN_WAIT_MS);
  return () => win.clearTimeout(timer);
}

/**
 * Run `preloads` once `before` has settled: the first run's own text (waiting for the markdown
 * engine) is drawn before dozens of chunks are fetched and compiled beside it.
 */
export function preloadAfter(before: Promise<void>, preloads: readonly (() => void)[]): Promise<void> {
  return before.then(() => {
    for (const preload of preloads) preload();
  });
}

/** Preload once, in the browser's first idle period after the first run (`firstRunDone`) is drawn. */
export function usePreloadAfterFirstRun(firstRunDone: boolean): void {
  const started = useRef(false);
  useEffect(
    () =>
      schedulePreload(firstRunDone, () => {
        if (started.current) return;
        started.current = true;
        void preloadAfter(markdownEngineSettled(), [preloadMarkdownWhenIdle, preloadOnDemandWhenIdle, preloadGridWhenIdle]);
      }),
    [firstRunDone],
  );
}
