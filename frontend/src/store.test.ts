import { describe, expect, it } from "vitest";
import { buildChildIndex, initialState, isStale, pathKey, reduce, reduceAll, referencedDigests } from "./store";
import type { Node, ServerMessage } from "./protocol.gen";
import { decodeBinaryFrame, encodeBinaryFrame } from "./binary";

const md = (body: string): Node => ({ type: "Markdown", props: { body }, id: null, block: false });
const block = (type: string, props: Record<string, unknown> = {}): Node => ({ type, props, id: null, block: true });
const delta = (run_id: string, path: number[], node: Node): ServerMessage => ({ type: "Delta", run_id, path, node });
const finished = (run_id: string, status: "ok" | "rerun" | "fragment_ok" = "ok", scopes: number[][] | null = null): ServerMessage => ({
  type: "RunFinished",
  run_id,
  status,
  fragment_ids: [],
  scopes,
});
const keys = (state: typeof initialState) => [...state.nodes.keys()].sort();

describe("store reducer", () => {
  it("places nodes and never mutates the input state", () => {
    const s1 = reduce(initialState, delta("r1", [0, 0], md("a")));
    expect(initialState.nodes.size).toBe(0);
    expect(s1.nodes.get("0.0")?.node.props.body).toBe("a");
  });

  it("keeps a block's children when the same block type is placed again", () => {
    let s = reduceAll(initialState, [delta("r1", [0, 0], block("Container")), delta("r1", [0, 0, 0], md("child"))]);
    s = reduce(s, delta("r2", [0, 0], block("Container", { border: true })));
    expect(keys(s)).toEqual(["0.0", "0.0.0"]);
  });

  it("drops the old subtree when the type changes", () => {
    let s = reduceAll(initialState, [delta("r1", [0, 0], block("Container")), delta("r1", [0, 0, 0], md("child"))]);
    s = reduce(s, delta("r2", [0, 0], block("Expander")));
    expect(keys(s)).toEqual(["0.0"]);
    s = reduce(s, delta("r3", [0, 0], md("leaf")));
    expect(keys(s)).toEqual(["0.0"]);
  });

  it("Same marks a node as touched so it survives the prune", () => {
    let s = reduceAll(initialState, [delta("r1", [0, 0], md("a")), delta("r1", [0, 1], md("b")), finished("r1")]);
    s = reduceAll(s, [{ type: "NewRun", run_id: "r2", fragment_ids: [] }, { type: "Same", run_id: "r2", path: [0, 0] }]);
    expect(isStale(s, s.nodes.get("0.0")!)).toBe(false);
    expect(isStale(s, s.nodes.get("0.1")!)).toBe(true);
    s = reduce(s, finished("r2"));
    expect(keys(s)).toEqual(["0.0"]);
    expect(s.runningRunId).toBeNull();
  });

  it("a withdrawn spinner (blanked under another run id) is gone at the end of the run", () => {
    // desk/runtime/emitter.py Emitter.withdraw: the spinner shows while the block runs, then
    // its blank is tagged "<run>:withdrawn" so the run's prune removes it, unless a later
    // element of the run takes its index.
    const spinner: Node = { type: "Spinner", props: { text: "Loading", show_time: false }, id: null, block: false };
    const blank: Node = { type: "Empty", props: {}, id: null, block: false };
    let s = reduceAll(initialState, [
      { type: "NewRun", run_id: "r1", fragment_ids: [] },
      delta("r1", [0, 0], md("a")),
      delta("r1", [0, 1], spinner),
    ]);
    expect(s.nodes.get("0.1")?.node.type).toBe("Spinner");
    s = reduceAll(s, [delta("r1:withdrawn", [0, 1], blank), delta("r1:withdrawn", [0, 2], blank), delta("r1", [0, 2], md("b"))]);
    s = reduce(s, finished("r1"));
    expect(keys(s)).toEqual(["0.0", "0.2"]);
  });

  it("does not prune after an interrupted (rerun) run", () => {
    let s = reduceAll(initialState, [delta("r1", [0, 0], md("a")), finished("r1")]);
    s = reduceAll(s, [{ type: "NewRun", run_id: "r2", fragment_ids: [] }, finished("r2", "rerun")]);
    expect(keys(s)).toEqual(["0.0"]);
  });

  it("prunes only strictly under the scopes of a fragment run", () => {
    let s = reduceAll(initialState, [
      delta("r1", [0, 0], md("outside")),
      delta("r1", [0, 1], block("Container")),
      delta("r1", [0, 1, 0], md("in1")),
      delta("r1", [0, 1, 1], md("in2")),
      finished("r1"),
    ]);
    s = reduceAll(s, [
      { type: "NewRun", run_id: "f1", fragment_ids: ["frag"] },
      { type: "Same", run_id: "f1", path: [0, 1, 0] },
      finished("f1", "fragment_ok", [[0, 1]]),
    ]);
    expect(keys(s)).toEqual(["0.0", "0.1", "0.1.0"]);
  });

  it("indexes children in order and finds referenced digests", () => {
    const img: Node = { type: "Image", props: { data: { $binary: "abc", mimetype: "image/png", size: 3 } }, id: null, block: false };
    const s = reduceAll(initialState, [delta("r1", [0, 10], md("b")), delta("r1", [0, 2], img)]);
    const index = buildChildIndex(s.nodes);
    expect(index.get("0")?.map((e) => pathKey(e.path))).toEqual(["0.2", "0.10"]);
    expect([...referencedDigests(s.nodes)]).toEqual(["abc"]);
  });

  it("records page config, script errors and session info", () => {
    let s = reduce(initialState, { type: "ScriptError", message: "boom", traceback: ["line"] });
    expect(s.scriptError?.message).toBe("boom");
    s = reduce(s, { type: "NewRun", run_id: "r", fragment_ids: [] });
    expect(s.scriptError).toBeNull();
    s = reduce(s, { type: "SessionInfo", session_id: "sid", app_name: "x", theme: {}, max_upload_mb: 10, xsrf_token: "x" });
    expect(s.session?.session_id).toBe("sid");
  });
});

describe("binary frames", () => {
  it("round-trips header and bytes", () => {
    const frame = encodeBinaryFrame("d1", "image/png", new Uint8Array([1, 2, 3]));
    const payload = decodeBinaryFrame(frame);
    expect(payload.digest).toBe("d1");
    expect(payload.mimetype).toBe("image/png");
    expect([...payload.bytes]).toEqual([1, 2, 3]);
  });

  it("rejects a truncated frame", () => {
    expect(() => decodeBinaryFrame(new ArrayBuffer(2))).toThrow("too short");
  });
});
