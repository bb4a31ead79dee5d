// chat_input(submit_mode=...): how long "after a submit" lasts — until the run that submit started has ended.

import { useEffect, useState } from "react";
import { useDesk } from "../context";
import type { Entry } from "../store";

interface Submitted {
  /** The run that had last drawn the widget when it was submitted. */
  drawnBy: string;
  /** The run going on at the submit (not the one the submit starts), or null. */
  runningThen: string | null;
  /** A run began after the submit. */
  sawRun: boolean;
}

/**
 * `waiting` is true from `start()` until a run that began after it has ended: the run redrew the
 * widget and is over, or (when it never drew it, e.g. stopped early) the app went idle after it.
 */
export function useRunAfterSubmit(entry: Entry): { waiting: boolean; start: () => void; stop: () => void } {
  const { state, send } = useDesk();
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const running = state.runningRunId;
  useEffect(() => {
    if (submitted === null) return;
    if (running !== null && running !== submitted.runningThen && !submitted.sawRun) {
      setSubmitted({ ...submitted, sawRun: true });
      return;
    }
    const redrawn = entry.touchedBy !== submitted.drawnBy && running !== entry.touchedBy;
    if (redrawn || (submitted.sawRun && running === null)) setSubmitted(null);
  }, [running, entry.touchedBy, submitted]);
  return {
    waiting: submitted !== null,
    start: () => setSubmitted({ drawnBy: entry.touchedBy, runningThen: running, sawRun: false }),
    stop: () => send({ type: "StopScript" }),
  };
}
