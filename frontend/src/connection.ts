// The WebSocket to the desk server: token, Hello, reconnect with backoff, binary payloads.

import { decodeBinaryFrame, type Payload } from "./binary";
import type { ClientMessage, ServerMessage } from "./protocol.gen";

const TOKEN_KEY = "desk.token";

/** The access token: from ?token= (remembered in sessionStorage), else from sessionStorage. */
export function readToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get("token");
  if (fromUrl) {
    try {
      window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      /* storage unavailable */
    }
    return fromUrl;
  }
  try {
    return window.sessionStorage.getItem(TOKEN_KEY) ?? "";
  } catch {
    return "";
  }
}

/** The app's query string without the token parameter. */
export function appQueryString(): string {
  const params = new URLSearchParams(window.location.search);
  params.delete("token");
  return params.toString();
}

/** The page named by the URL's path ("/reports" -> "reports"), or null for the main page. */
export function urlPage(): string | null {
  const page = window.location.pathname.replace(/^\/+|\/+$/g, "");
  return page === "" || page === "index.html" ? null : decodeURIComponent(page);
}

/** Add the token to a same-origin URL (media, uploads). */
export function withToken(url: string, token: string): string {
  if (!token) return url;
  return url + (url.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token);
}

/** The socket URL of this page's server, with the token. */
export function socketUrl(token: string): string {
  const proto = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${proto}//${window.location.host}/ws?token=${encodeURIComponent(token)}`;
}

/**
 * The browser's IANA time zone ("Europe/Paris"), or null. Temporal reads it directly; the
 * Intl.DateTimeFormat fallback first builds a date formatter for the locale, 20-30 ms of main
 * thread in a fresh page, and boot.ts asks before the main bundle runs.
 */
export function localTimeZone(): string | null {
  const temporal = (globalThis as { Temporal?: { Now?: { timeZoneId?: () => unknown } } }).Temporal;
  try {
    const id = temporal?.Now?.timeZoneId?.();
    if (typeof id === "string" && id !== "") return id;
  } catch {
    // an engine without Temporal.Now: ask Intl
  }
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  } catch {
    return null;
  }
}

/** The Hello that starts (or, with a session id, resumes) a session. */
export function helloMessage(sessionId: string | null, themeType: "light" | "dark"): ClientMessage {
  const timezone = localTimeZone();
  const url = new URL(window.location.href);
  url.searchParams.delete("token");
  return {
    type: "Hello",
    session_id: sessionId,
    query_string: appQueryString(),
    timezone,
    timezone_offset: new Date().getTimezoneOffset(),
    locale: navigator.language ?? null,
    url: url.toString(),
    theme_type: themeType,
    page: urlPage(),
  };
}

/**
 * The socket boot.ts opened while the main bundle loaded, with its Hello sent (or to be
 * sent on open) and the frames that came before the app took it; ``closed`` once it closed.
 */
export interface EarlySocket {
  socket: WebSocket;
  token: string;
  frames: unknown[];
  closed: boolean;
}

declare global {
  interface Window {
    __deskEarlySocket?: EarlySocket;
  }
}

/** The first run's output that boot.ts's socket received before the app's first render. */
export interface EarlyOutput {
  messages: ServerMessage[];
  payloads: Payload[];
}

let earlyOutput: EarlyOutput | null = null;
/** The session the early output belongs to: the connection resumes it. */
let earlySessionId: string | null = null;

/**
 * Decode and take the frames boot.ts's socket has kept so far, so that the app's first render
 * draws the first run's output instead of an empty page followed by a second render. Frames
 * that arrive later stay on the socket for the connection. Every call returns the first
 * call's answer (React may call a state initialiser twice).
 */
export function takeEarlyOutput(): EarlyOutput {
  if (earlyOutput !== null) return earlyOutput;
  earlyOutput = { messages: [], payloads: [] };
  const early = typeof window === "undefined" ? undefined : window.__deskEarlySocket;
  if (early === undefined || early.closed || early.token !== readToken()) return earlyOutput;
  for (const frame of early.frames.splice(0)) {
    const decoded = decodeFrame(frame);
    if (decoded === null) continue;
    if ("payload" in decoded) {
      earlyOutput.payloads.push(decoded.payload);
    } else {
      if (decoded.message.type === "SessionInfo") earlySessionId = decoded.message.session_id;
      earlyOutput.messages.push(decoded.message);
    }
  }
  return earlyOutput;
}

/** A socket frame decoded: a binary payload, a server message, or null (logged) when unreadable. */
function decodeFrame(data: unknown): { payload: Payload } | { message: ServerMessage } | null {
  if (data instanceof ArrayBuffer) {
    try {
      return { payload: decodeBinaryFrame(data) };
    } catch (error) {
      console.error("desk: bad binary frame", error);
      return null;
    }
  }
  if (typeof data !== "string") return null;
  try {
    return { message: JSON.parse(data) as ServerMessage };
  } catch (error) {
    console.error("desk: bad message", error);
    return null;
  }
}

/** Take the early socket (once): null when there is none, or it closed meanwhile. */
export function takeEarlySocket(token: string): EarlySocket | null {
  const early = window.__deskEarlySocket;
  window.__deskEarlySocket = undefined;
  if (early === undefined || early.closed || early.token !== token) {
    if (early !== undefined && !early.closed) early.socket.close();
    return null;
  }
  return early;
}

export type ConnectionStatus = "connecting" | "connected" | "disconnected";

export interface ConnectionHandlers {
  onMessages: (messages: ServerMessage[]) => void;
  onPayload: (payload: Payload) => void;
  onStatus: (status: ConnectionStatus) => void;
  themeType: () => "light" | "dark";
}

export class Connection {
  readonly token: string;
  sessionId: string | null = null;
  private socket: WebSocket | null = null;
  private attempts = 0;
  private queue: ServerMessage[] = [];
  private flushScheduled = false;
  private closed = false;
  private outbox: ClientMessage[] = [];

  constructor(private readonly handlers: ConnectionHandlers) {
    this.token = readToken();
  }

  start(): void {
    this.open();
  }

  stop(): void {
    this.closed = true;
    this.socket?.close();
  }

  send(message: ClientMessage): void {
    if (this.socket !== null && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(message));
    } else if (message.type !== "Hello") {
      this.outbox.push(message);
    }
  }

  private open(): void {
    this.handlers.onStatus("connecting");
    const first = this.attempts === 0 && this.sessionId === null;
    const early = first ? takeEarlySocket(this.token) : null;
    // The first render drew output of this session (takeEarlyOutput): stay in it, even on a new socket.
    if (first) this.sessionId = earlySessionId;
    const socket = early?.socket ?? new WebSocket(socketUrl(this.token));
    socket.binaryType = "arraybuffer";
    this.socket = socket;
    const opened = () => {
      this.attempts = 0;
      this.handlers.onStatus("connected");
      const pending = this.outbox;
      this.outbox = [];
      for (const message of pending) socket.send(JSON.stringify(message));
    };
    if (early === null) {
      // Build the Hello while the handshake runs (without Temporal, the first Intl call can take tens of ms).
      const hello = JSON.stringify(helloMessage(this.sessionId, this.handlers.themeType()));
      socket.onopen = () => {
        socket.send(hello);
        opened();
      };
    } else if (socket.readyState === WebSocket.OPEN) {
      opened(); // boot.ts sent the Hello
    } else {
      socket.addEventListener("open", opened); // boot.ts sends the Hello on open
    }
    socket.onmessage = (event: MessageEvent) => this.receive(event.data);
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.handlers.onStatus("disconnected");
      if (!this.closed) this.scheduleReconnect();
    };
    for (const frame of early?.frames ?? []) this.receive(frame);
  }

  private scheduleReconnect(): void {
    const delay = Math.min(10000, 300 * 2 ** this.attempts);
    this.attempts += 1;
    window.setTimeout(() => {
      if (!this.closed) this.open();
    }, delay);
  }

  private receive(data: unknown): void {
    const decoded = decodeFrame(data);
    if (decoded === null) return;
    if ("payload" in decoded) {
      this.handlers.onPayload(decoded.payload);
      return;
    }
    const message = decoded.message;
    if (message.type === "SessionInfo") this.sessionId = message.session_id;
    this.queue.push(message);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      // Batch the messages of one burst into a single state update.
      window.setTimeout(() => this.flush(), 0);
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length > 0) this.handlers.onMessages(batch);
  }
}
