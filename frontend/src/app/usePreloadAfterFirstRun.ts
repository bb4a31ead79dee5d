// Preload the markdown engine, the on-demand elements and the grid chunk once the first run's output is on the page.
// Started at the page's load event instead, they were fetched and compiled while the page
// waited for the first run, and competed with drawing it.

import { useEffect, useRef } from "react";
import { preloadGridWhenIdle } from "../elements/frame";
import { preloadOnDemandWhenIdle } from "../elements/onDemand";
import { preloadMarkdownWhenIdle } from "../markdown";

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

/** Preload once, in the browser's first idle period after the first run (`firstRunDone`) is drawn. */
export function usePreloadAfterFirstRun(firstRunDone: boolean): void {
  const started = useRef(false);
  useEffect(
    () =>
      schedulePreload(firstRunDone, () => {
        if (started.current) return;
        started.current = true;
        preloadMarkdownWhenIdle();
        preloadOnDemandWhenIdle();
        preloadGridWhenIdle();
      }),
    [firstRunDone],
  );
}
