// Fragments with run_every: one timer per fragment asks the server to rerun it.

import { useEffect } from "react";
import { appQueryString } from "../connection";
import type { ClientMessage } from "../protocol.gen";

/** intervals: seconds by fragment id (timers no faster than every 100 ms). */
export function useAutoReruns(intervals: Record<string, number>, send: (message: ClientMessage) => void): void {
  useEffect(() => {
    const timers = Object.entries(intervals).map(([fragment_id, interval]) =>
      window.setInterval(() => send({ type: "Rerun", query_string: appQueryString(), fragment_id }), Math.max(100, interval * 1000)),
    );
    return () => timers.forEach((t) => window.clearInterval(t));
  }, [intervals, send]);
}
