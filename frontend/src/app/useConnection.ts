// The connection lifecycle: one socket per mounted app. Server messages are reduced into the
// element tree, binary payloads are kept while a node uses them, and row windows go to the grids.

import { useCallback, useEffect, useRef, useState } from "react";
import type { Payload } from "../binary";
import { Connection, takeEarlyOutput, type ConnectionStatus } from "../connection";
import type { DataWindowRows } from "../context";
import type { ClientMessage, ServerMessage } from "../protocol.gen";
import { initialState, reduceAll, referencedDigests, type AppState } from "../store";
import { DataWindows, type SortKeys } from "./dataWindows";

export interface DeskConnection {
  state: AppState;
  status: ConnectionStatus;
  send: (message: ClientMessage) => void;
  payloads: Map<string, Payload>;
  /** The access token ("" until the socket exists). */
  token: string;
  requestWindow: (dataset: string, start: number, end: number, sort: SortKeys, search: string | null) => Promise<DataWindowRows | null>;
  requestData: (dataset: string, start: number, end: number, sort: SortKeys) => Promise<Uint8Array | null>;
}

/** Connect on mount, close on unmount. themeType is asked each time the socket says Hello. */
export function useConnection(themeType: () => "light" | "dark"): DeskConnection {
  const [payloads] = useState(() => new Map<string, Payload>());
  // The first render already draws what the first run sent while the bundle loaded.
  const [state, setState] = useState<AppState>(() => earlyState(payloads));
  const [status, setStatus] = useState<ConnectionStatus>("connecting");
  const stateRef = useRef<AppState>(state);
  stateRef.current = state;
  const themeTypeRef = useRef(themeType);
  themeTypeRef.current = themeType;
  const connection = useRef<Connection | null>(null);
  const send = useCallback((message: ClientMessage) => connection.current?.send(message), []);
  const [windows] = useState(() => new DataWindows(send, payloads));

  useEffect(() => {
    const inUse = () => referencedDigests(stateRef.current.nodes);
    const conn = new Connection({
      onMessages: (all: ServerMessage[]) => {
        const messages: ServerMessage[] = [];
        for (const message of all) {
          if (message.type === "DataWindow") windows.answer(message, inUse);
          else messages.push(message);
        }
        if (messages.length === 0) return;
        setState((prev) => {
          const next = reduceAll(prev, messages);
          if (messages.some((m) => m.type === "RunFinished" && m.status !== "rerun")) {
            const keep = referencedDigests(next.nodes);
            for (const digest of [...payloads.keys()]) if (!keep.has(digest)) payloads.delete(digest);
          }
          return next;
        });
      },
      onPayload: (payload) => payloads.set(payload.digest, payload),
      onStatus: (next) => {
        setStatus(next);
        if (next === "disconnected") windows.dropAll();
      },
      themeType: () => themeTypeRef.current(),
    });
    connection.current = conn;
    conn.start();
    return () => conn.stop();
  }, [payloads, windows]);

  const requestWindow = useCallback(
    (dataset: string, start: number, end: number, sort: SortKeys, search: string | null) => windows.request(dataset, start, end, sort, search),
    [windows],
  );
  const requestData = useCallback(
    (dataset: string, start: number, end: number, sort: SortKeys) => windows.request(dataset, start, end, sort, null).then((rows) => rows?.bytes ?? null),
    [windows],
  );
  return { state, status, send, payloads, token: connection.current?.token ?? "", requestWindow, requestData };
}

/** The state drawn by the first render: the early socket's messages reduced, their payloads kept. */
export function earlyState(payloads: Map<string, Payload>): AppState {
  const { messages, payloads: early } = takeEarlyOutput();
  for (const payload of early) payloads.set(payload.digest, payload);
  const drawn = messages.filter((message) => message.type !== "DataWindow");
  return drawn.length === 0 ? initialState : reduceAll(initialState, drawn);
}
