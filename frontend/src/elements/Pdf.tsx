import { useEffect, useRef, useState } from "react";
import { defineNode } from "./types";
import { ErrorCard } from "./common";
import { useSource } from "./media";
import { Pdf } from "../nodes.gen";

/** A PDF document in a scrolling viewer: pdf.js (lazy chunk) draws its pages from /media. */
export default defineNode(Pdf, ({ props }) => {
  const src = useSource({ payload: props.payload });
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ src: string; error?: string; pages?: number } | null>(null);
  const label = props.alt ?? "PDF document";
  useEffect(() => {
    const el = ref.current;
    if (el === null || src === null) return undefined;
    let live = true;
    let close: (() => void) | null = null;
    el.replaceChildren();
    import("../lazy/pdf")
      .then(({ renderPdf }) => renderPdf(el, src, label))
      .then((view) => {
        if (live) {
          close = view.close;
          setState({ src, pages: view.pages });
        } else view.close();
      })
      .catch((e: unknown) => live && setState({ src, error: String(e instanceof Error ? e.message : e) }));
    return () => {
      live = false;
      close?.();
      el.replaceChildren();
    };
  }, [src, label]);
  const error = state !== null && state.src === src ? state.error : undefined;
  const height = typeof props.height === "number" ? props.height : undefined;
  return (
    <div className={`pdf-viewer${props.height === "stretch" ? " stretch" : ""}`} style={{ height }}>
      {error !== undefined ? <ErrorCard title="Could not show the PDF" detail={error} /> : null}
      <div
        ref={ref}
        className="pdf-pages"
        role="document"
        aria-label={label}
        aria-busy={state === null || state.src !== src}
        data-pages={state?.pages}
      />
    </div>
  );
});
