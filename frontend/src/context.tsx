// What elements need from the app: sending messages, binary payloads, the tree index.

import { createContext, useContext, useEffect, useMemo, useState } from "react";
import type { Payload } from "./binary";
import { isBinaryRef } from "./binary";
import type { ClientMessage } from "./protocol.gen";
import type { AppState, ChildIndex } from "./store";

export interface DeskContextValue {
  send: (message: ClientMessage) => void;
  payloads: ReadonlyMap<string, Payload>;
  token: string;
  sessionId: string | null;
  maxUploadMb: number;
  /** What uploads send in X-XSRFToken (SessionInfo.xsrf_token; "" before the session starts). */
  xsrfToken?: string;
  themeType: "light" | "dark";
  state: AppState;
  index: ChildIndex;
  /** Stale nodes fade only after a short delay, so quick reruns do not flicker. */
  fadeStale: boolean;
  /** Ask the server for rows of a dataset (DataRequest); resolves with Arrow IPC bytes, or null. */
  requestData: (dataset: string, start: number, end: number, sort: { column: string; ascending: boolean }[] | null) => Promise<Uint8Array | null>;
  /** Like requestData, with a search text; also resolves with the row count of the (searched) view. */
  requestWindow?: (dataset: string, start: number, end: number, sort: { column: string; ascending: boolean }[] | null, search: string | null) => Promise<DataWindowRows | null>;
}

/** Rows answering a DataRequest (Arrow IPC) and the row count of the view they come from. */
export interface DataWindowRows {
  bytes: Uint8Array;
  total: number;
}

export const DeskContext = createContext<DeskContextValue | null>(null);

export function useDesk(): DeskContextValue {
  const value = useContext(DeskContext);
  if (value === null) throw new Error("DeskContext missing");
  return value;
}

export function usePayload(ref: unknown): Payload | undefined {
  const { payloads } = useDesk();
  return isBinaryRef(ref) ? payloads.get(ref.$binary) : undefined;
}

/** An object URL for a binary payload (revoked when it changes), or null. */
export function useBlobUrl(ref: unknown): string | null {
  const payload = usePayload(ref);
  const url = useMemo(() => {
    if (payload === undefined) return null;
    const copy = new Uint8Array(payload.bytes);
    return URL.createObjectURL(new Blob([copy], { type: payload.mimetype }));
  }, [payload]);
  useEffect(() => () => {
    if (url !== null) URL.revokeObjectURL(url);
  }, [url]);
  return url;
}

/** A media source: a payload's blob URL, or a same-origin URL with the token added. */
export function useMediaSrc(data: unknown, src: unknown): string | null {
  const { token, sessionId } = useDesk();
  const blob = useBlobUrl(data);
  if (blob !== null) return blob;
  if (isBinaryRef(data) && data.stream === true) {
    // Audio and video: the browser fetches byte ranges from /media as it plays and seeks.
    const query = new URLSearchParams({ token });
    if (sessionId !== null) query.set("session", sessionId);
    return `/media/${data.$binary}?${query.toString()}`;
  }
  if (typeof src !== "string" || src === "") return null;
  if (src.startsWith("/media/")) return src + (src.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token);
  return src;
}

/** Widget value: local state, overwritten only when the server sets it (props.set_value). */
export function useWidgetValue<T>(props: { value?: unknown; set_value?: unknown }, fallback: T): [T, (v: T) => void] {
  const initial = (props.value === undefined ? fallback : props.value) as T;
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    if (props.set_value === true) setValue((props.value === undefined ? fallback : props.value) as T);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props]);
  return [value, setValue];
}
