// Shared chart mount: run a lazy renderer into a div, clean up on change.

import { useEffect, useRef, useState } from "react";
import { ErrorCard } from "./common";

/** `label` (the script's alt) names the chart for assistive technologies. */
export function ChartMount({ render, deps, height, label }: { render: (el: HTMLElement) => Promise<() => void>; deps: unknown[]; height?: number | null; label?: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cleanup: (() => void) | null = null;
    let live = true;
    const el = ref.current;
    if (el === null) return undefined;
    setError(null);
    render(el)
      .then((fn) => {
        if (live) cleanup = fn;
        else fn();
      })
      .catch((e: unknown) => live && setError(String(e instanceof Error ? e.message : e)));
    return () => {
      live = false;
      cleanup?.();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return (
    <>
      {error !== null ? <ErrorCard title="Could not draw the chart" detail={error} /> : null}
      <div className="chart" ref={ref} style={height ? { minHeight: height } : undefined} role={label ? "figure" : undefined} aria-label={label ?? undefined} />
    </>
  );
}

export function parseSpec(spec: unknown): Record<string, unknown> {
  if (typeof spec === "string") {
    try {
      return JSON.parse(spec) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  return typeof spec === "object" && spec !== null ? (spec as Record<string, unknown>) : {};
}
