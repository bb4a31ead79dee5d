// Shared media source handling: {src} (a URL, data URI or /media path) or {payload}.

import { useEffect, useRef, type RefObject, type SyntheticEvent } from "react";
import { useMediaSrc } from "../context";
import type { MediaItem } from "../nodes.gen";
import type { BinaryRef } from "../protocol.gen";

/** What a media element or item carries: a URL (`src`) or bytes (`payload`). */
export type MediaSource = Pick<MediaItem, "src" | "payload"> | { src?: string | null; payload?: BinaryRef | null };

export function useSource(source: MediaSource | null | undefined): string | null {
  return useMediaSrc(source?.payload ?? null, source?.src ?? null);
}

export function widthStyle(width: unknown): React.CSSProperties {
  if (typeof width === "number") return { width, maxWidth: "100%" };
  if (width === "stretch") return { width: "100%" };
  return { maxWidth: "100%" };
}

/**
 * start_time/end_time of st.audio and st.video: seek to the start when the source loads,
 * and pause at the end. Returns the element ref and its onTimeUpdate handler.
 */
export function useClip<E extends HTMLMediaElement>(
  src: string | null,
  start: number | null | undefined,
  end: number | null | undefined,
): { ref: RefObject<E | null>; onTimeUpdate: (event: SyntheticEvent<E>) => void } {
  const ref = useRef<E | null>(null);
  useEffect(() => {
    if (ref.current && start) ref.current.currentTime = start;
  }, [src, start]);
  const onTimeUpdate = (event: SyntheticEvent<E>) => {
    if (end && event.currentTarget.currentTime >= end) event.currentTarget.pause();
  };
  return { ref, onTimeUpdate };
}
