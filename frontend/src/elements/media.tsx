// Shared media source handling: {src} (a URL, data URI or /media path) or {payload}.

import { useMediaSrc } from "../context";

export interface MediaSource {
  src?: string | null;
  payload?: unknown;
}

export function useSource(source: MediaSource | null | undefined): string | null {
  return useMediaSrc(source?.payload ?? null, source?.src ?? null);
}

export function widthStyle(width: unknown): React.CSSProperties {
  if (typeof width === "number") return { width, maxWidth: "100%" };
  if (width === "stretch") return { width: "100%" };
  return { maxWidth: "100%" };
}
