// Generated from desk/protocol.py by `python -m desk.protocol --typescript`. Do not edit.

export type DeltaPath = number[];

export const ROOT_MAIN = 0;
export const ROOT_SIDEBAR = 1;
export const ROOT_EVENT = 2;
export const ROOT_BOTTOM = 3;

export type RunStatus = "ok" | "stopped" | "rerun" | "compile_error" | "fragment_ok" | "error";

/** A BinaryPayload inside node props; its bytes came earlier in a binary frame, or, with
 * ``stream``, are fetched from ``/media/<digest>`` (audio, video and PDFs, with HTTP ranges). */
export interface BinaryRef {
  $binary: string;
  mimetype: string;
  size: number;
  stream: boolean;
}

/** The JSON header of a binary frame: 4-byte big-endian length N, N bytes of this header, then the bytes. */
export interface BinaryFrameHeader {
  digest: string;
  mimetype: string;
}

/** One element or block of the page. */
export interface Node {
  type: string;
  props: Record<string, unknown>;
  id: string | null;
  block: boolean;
}

/** One sort key of a `DataRequest`: a column name and its direction. */
export interface SortKey {
  column: string;
  ascending: boolean;
}

/** A run started. Nodes not touched by this run are stale until `RunFinished`. */
export interface NewRun {
  type: "NewRun";
  run_id: string;
  fragment_ids: string[];
}

/** Place `node` at `path`, replacing what was there. */
export interface Delta {
  type: "Delta";
  run_id: string;
  path: DeltaPath;
  node: Node;
}

/** The node at `path` is identical to last run's: keep it and mark it fresh. */
export interface Same {
  type: "Same";
  run_id: string;
  path: DeltaPath;
}

/** The run ended. */
export interface RunFinished {
  type: "RunFinished";
  run_id: string;
  status: RunStatus;
  fragment_ids: string[];
  scopes: DeltaPath[] | null;
}

/** `st.set_page_config` values. */
export interface PageConfig {
  type: "PageConfig";
  title: string | null;
  icon: string | null;
  layout: string;
  initial_sidebar_state: string;
  menu_items: Record<string, unknown> | null;
}

/** The script changed `st.query_params`; the client updates its URL. */
export interface QueryString {
  type: "QueryString";
  query_string: string;
}

/** The script could not be compiled. Old nodes stay; the client shows this error. */
export interface ScriptError {
  type: "ScriptError";
  message: string;
  traceback: string[];
}

/** Ask for a fragment rerun every `interval` seconds (`run_every`). */
export interface AutoRerun {
  type: "AutoRerun";
  fragment_id: string;
  interval: number;
}

/** Sent once after `Hello`: the session id (for reconnects) and the app's settings. */
export interface SessionInfo {
  type: "SessionInfo";
  session_id: string;
  app_name: string;
  theme: Record<string, unknown>;
  max_upload_mb: number;
  xsrf_token: string;
}

/** The app's pages and the page this run shows (sent by every run of a multipage app). */
export interface Navigation {
  type: "Navigation";
  pages: Record<string, unknown>[];
  current: string;
  current_url_path: string;
  position: "sidebar" | "hidden" | "top";
  expanded: boolean;
  not_found: string | null;
}

/** The answer to a `DataRequest`: rows `start` to `end` of a dataset's (sorted, searched) view. */
export interface DataWindow {
  type: "DataWindow";
  request_id: number;
  dataset: string;
  start: number;
  end: number;
  total_rows: number;
  data: BinaryRef | null;
  error: string | null;
}

export type ServerMessage =
  | NewRun
  | Delta
  | Same
  | RunFinished
  | PageConfig
  | QueryString
  | ScriptError
  | AutoRerun
  | SessionInfo
  | Navigation
  | DataWindow;

export type ServerMessageType = ServerMessage["type"];

/** The first message on a socket. `session_id` asks to resume a session after a reconnect. */
export interface Hello {
  type: "Hello";
  session_id?: string | null;
  query_string?: string;
  timezone?: string | null;
  timezone_offset?: number | null;
  locale?: string | null;
  url?: string | null;
  theme_type?: string | null;
  page?: string | null;
}

/** A widget's value changed in the client. `value` is the widget's wire value. */
export interface WidgetChanged {
  type: "WidgetChanged";
  widget_id: string;
  value: unknown;
}

/** A one-shot event: a button click (value `True`) or a chat submit (the text). */
export interface Trigger {
  type: "Trigger";
  widget_id: string;
  value?: unknown;
}

/** Run the script again (first load, the Rerun menu item, `run_every` ticks). */
export interface Rerun {
  type: "Rerun";
  query_string?: string;
  fragment_id?: string | null;
  page?: string | null;
}

/** The user pressed Stop. */
export interface StopScript {
  type: "StopScript";
}

/** The user asked to clear the caches. */
export interface ClearCache {
  type: "ClearCache";
}

/** The user closed the dialog of fragment `fragment_id` (its X button, Esc or a click outside). */
export interface DialogDismissed {
  type: "DialogDismissed";
  fragment_id: string;
}

/** Ask for rows `start` to `end` (exclusive) of a data element's dataset (`props["dataset"]`). */
export interface DataRequest {
  type: "DataRequest";
  request_id: number;
  dataset: string;
  start: number;
  end: number;
  sort?: SortKey[] | null;
  search?: string | null;
}

export type ClientMessage =
  | Hello
  | WidgetChanged
  | Trigger
  | Rerun
  | StopScript
  | ClearCache
  | DialogDismissed
  | DataRequest;

export type ClientMessageType = ClientMessage["type"];
