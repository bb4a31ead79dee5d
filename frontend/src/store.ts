// The element tree as a pure reducer over server messages.
// Mirrors desk/runtime/emitter.py ClientView: nodes by path, each tagged with the run that
// last touched it; Delta places (keeping a block's children when the block type is unchanged),
// Same marks as touched, RunFinished prunes untouched nodes (only under scopes when given).

import type {
  DeltaPath,
  Navigation,
  Node,
  PageConfig,
  ServerMessage,
  SessionInfo,
} from "./protocol.gen";
import { assertNever } from "./utils/assertNever";

export interface Entry {
  path: DeltaPath;
  node: Node;
  touchedBy: string;
}

export interface AppState {
  /** Nodes keyed by path ("0.3.1"). */
  nodes: ReadonlyMap<string, Entry>;
  /** The run in progress, or null when idle. */
  runningRunId: string | null;
  /** Fragment ids of the run in progress (empty for a full run). */
  runningFragments: string[];
  lastStatus: string | null;
  pageConfig: PageConfig | null;
  scriptError: { message: string; traceback: string[] } | null;
  session: SessionInfo | null;
  queryString: string | null;
  autoReruns: Record<string, number>;
  /** Pages of a multipage app and the current one (null for a single-page app). */
  navigation: Navigation | null;
}

export const initialState: AppState = {
  nodes: new Map(),
  runningRunId: null,
  runningFragments: [],
  lastStatus: null,
  pageConfig: null,
  scriptError: null,
  session: null,
  queryString: null,
  autoReruns: {},
  navigation: null,
};

export function pathKey(path: readonly number[]): string {
  return path.join(".");
}

function isStrictlyUnder(path: readonly number[], scope: readonly number[]): boolean {
  if (path.length <= scope.length) return false;
  for (let i = 0; i < scope.length; i++) if (path[i] !== scope[i]) return false;
  return true;
}

function dropDescendants(nodes: Map<string, Entry>, path: DeltaPath): void {
  for (const [key, entry] of nodes) {
    if (isStrictlyUnder(entry.path, path)) nodes.delete(key);
  }
}

/** Node equality as in protocol.Node.__eq__ (structural on type, id, block, props). */
export function sameNode(a: Node, b: Node): boolean {
  return a.type === b.type && a.id === b.id && a.block === b.block && deepEqual(a.props, b.props);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k]));
}

/** Apply one message to a draft (mutable copy). */
function apply(draft: AppState, nodes: Map<string, Entry>, msg: ServerMessage): AppState {
  switch (msg.type) {
    case "NewRun":
      return { ...draft, runningRunId: msg.run_id, runningFragments: msg.fragment_ids ?? [], scriptError: null };
    case "Delta": {
      const key = pathKey(msg.path);
      const old = nodes.get(key);
      const node = { ...msg.node, block: Boolean(msg.node.block) };
      if (old !== undefined && sameNode(old.node, node)) {
        nodes.set(key, { ...old, touchedBy: msg.run_id });
        return draft;
      }
      const keepChildren = old !== undefined && old.node.block && node.block && old.node.type === node.type;
      if (!keepChildren) dropDescendants(nodes, msg.path);
      nodes.set(key, { path: [...msg.path], node, touchedBy: msg.run_id });
      return draft;
    }
    case "Same": {
      const key = pathKey(msg.path);
      const old = nodes.get(key);
      if (old !== undefined) nodes.set(key, { ...old, touchedBy: msg.run_id });
      return draft;
    }
    case "RunFinished": {
      if (msg.status !== "rerun") prune(nodes, msg.run_id, msg.scopes ?? null);
      const stillRunning = draft.runningRunId !== null && draft.runningRunId !== msg.run_id;
      return {
        ...draft,
        runningRunId: stillRunning ? draft.runningRunId : null,
        runningFragments: stillRunning ? draft.runningFragments : [],
        lastStatus: msg.status,
      };
    }
    case "PageConfig":
      return { ...draft, pageConfig: msg };
    case "QueryString":
      return { ...draft, queryString: msg.query_string };
    case "ScriptError":
      return { ...draft, scriptError: { message: msg.message, traceback: msg.traceback } };
    case "AutoRerun":
      return { ...draft, autoReruns: { ...draft.autoReruns, [msg.fragment_id]: msg.interval } };
    case "SessionInfo":
      return { ...draft, session: msg };
    case "Navigation":
      return { ...draft, navigation: msg };
    case "DataWindow":
      return draft; // answers to DataRequest go to the grid that asked (App routes them), not the tree

    default:
      return assertNever(msg);
  }
}

function prune(nodes: Map<string, Entry>, runId: string, scopes: DeltaPath[] | null): void {
  for (const [key, entry] of nodes) {
    if (entry.touchedBy === runId) continue;
    if (scopes !== null && !scopes.some((s) => isStrictlyUnder(entry.path, s))) continue;
    nodes.delete(key);
  }
}

/** Pure: returns a new state; the input is never mutated. */
export function reduce(state: AppState, msg: ServerMessage): AppState {
  return reduceAll(state, [msg]);
}

/** Pure: apply a batch of messages with a single copy of the node map. */
export function reduceAll(state: AppState, msgs: readonly ServerMessage[]): AppState {
  if (msgs.length === 0) return state;
  const nodes = new Map(state.nodes);
  let draft: AppState = state;
  for (const msg of msgs) draft = apply(draft, nodes, msg);
  return { ...draft, nodes };
}

/** A node is stale while a full run is in progress and that run has not touched it yet. */
export function isStale(state: AppState, entry: Entry): boolean {
  return state.runningRunId !== null && state.runningFragments.length === 0 && entry.touchedBy !== state.runningRunId;
}

export type ChildIndex = ReadonlyMap<string, Entry[]>;

/** Group entries by parent path key ("" for roots' parent), children sorted by index. */
export function buildChildIndex(nodes: ReadonlyMap<string, Entry>): ChildIndex {
  const index = new Map<string, Entry[]>();
  for (const entry of nodes.values()) {
    const parent = pathKey(entry.path.slice(0, -1));
    let list = index.get(parent);
    if (list === undefined) {
      list = [];
      index.set(parent, list);
    }
    list.push(entry);
  }
  for (const list of index.values()) list.sort((a, b) => a.path[a.path.length - 1] - b.path[b.path.length - 1]);
  return index;
}

/** Digests of every binary payload referenced by the tree (to drop unreferenced bytes). */
export function referencedDigests(nodes: ReadonlyMap<string, Entry>): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null) {
      const rec = value as Record<string, unknown>;
      if (typeof rec.$binary === "string") found.add(rec.$binary);
      else Object.values(rec).forEach(walk);
    }
  };
  for (const entry of nodes.values()) walk(entry.node.props);
  return found;
}
