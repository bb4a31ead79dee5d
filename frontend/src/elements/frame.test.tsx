import { describe, expect, it, vi } from "vitest";
import { renderToString } from "react-dom/server";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { DeskContext, type DeskContextValue } from "../context";
import { NodeView } from "../NodeView";
import type { DataframeProps } from "../nodes.gen";
import { buildChildIndex, initialState, type Entry } from "../store";
import { loadGrid, loadedGrid, preloadGridWhenIdle } from "./frame";
import { loadAllOnDemand } from "./onDemand";
import { IDLE_FALLBACK_MS } from "../utils/whenIdle";

function fakeWindow(readyState: string) {
  const idle: (() => void)[] = [];
  const listeners: Record<string, () => void> = {};
  const win = {
    document: { readyState },
    requestIdleCallback: vi.fn((callback: () => void) => idle.push(callback)),
    addEventListener: vi.fn((type: string, callback: () => void) => (listeners[type] = callback)),
  };
  return { win: win as unknown as Window & typeof globalThis, idle, listeners };
}

describe("grid chunk preload", () => {
  it("loads the grid chunk in the first idle period after the page has loaded", async () => {
    const { win, idle, listeners } = fakeWindow("loading");
    preloadGridWhenIdle(win);
    expect(idle).toHaveLength(0);
    listeners.load();
    expect(idle).toHaveLength(1);
    idle[0]();
    await loadGrid();
    expect(loadedGrid()).not.toBeNull();
  });

  it("schedules at once when the page has loaded already, on a timer without requestIdleCallback", () => {
    const { win, idle } = fakeWindow("complete");
    preloadGridWhenIdle(win);
    expect(idle).toHaveLength(1);
    const setTimeout = vi.fn();
    preloadGridWhenIdle({ document: { readyState: "complete" }, setTimeout } as unknown as Window & typeof globalThis);
    expect(setTimeout).toHaveBeenCalledWith(expect.any(Function), IDLE_FALLBACK_MS);
  });
});

describe("data elements once the grid chunk is loaded", () => {
  it("draw the grid in their first render, with no loading placeholder", async () => {
    expect(await loadAllOnDemand()).toEqual([]); // as the idle preload does
    await loadGrid();
    const bytes = tableToIPC(tableFromArrays({ a: Int32Array.from([1, 2, 3]) }), "stream");
    const ctx: DeskContextValue = {
      send: () => undefined,
      payloads: new Map([["d1", { digest: "d1", mimetype: "application/vnd.apache.arrow.stream", bytes }]]),
      token: "",
      sessionId: null,
      maxUploadMb: 200,
      themeType: "light",
      state: initialState,
      index: buildChildIndex(new Map()),
      fadeStale: true,
      requestData: () => Promise.resolve(null),
    };
    const props: DataframeProps = {
      data: { $binary: "d1", mimetype: "application/vnd.apache.arrow.stream", size: bytes.byteLength, stream: false },
      dataset: "d1",
      total_rows: 3,
      window_rows: 3,
      num_columns: 1,
      columns: [{ name: "a", type: "int32" }],
      index_columns: [],
      column_config: {},
      column_order: null,
      hide_index: null,
      width: "stretch",
      height: "auto",
      use_container_width: null,
      row_height: null,
      styler: null,
      num_rows: 3,
      placeholder: null,
      selection_mode: [],
    };
    const entry: Entry = {
      path: [0, 0],
      node: { type: "Dataframe", props: { ...props }, id: null, block: false },
      touchedBy: "r1",
    };
    const draw = (node: Entry["node"]) =>
      renderToString(
        <DeskContext.Provider value={ctx}>
          <NodeView entry={{ ...entry, node }} />
        </DeskContext.Provider>,
      );
    const html = draw(entry.node);
    expect(html).not.toContain("grid-loading");
    expect(html).toContain('role="grid"');
    expect(html).toContain('aria-rowcount="4"');
    // The generated schema checks the props: a row count that is not a number is an error card, not a grid.
    const bad = draw({ ...entry.node, props: { ...props, total_rows: "3" } });
    expect(bad).toContain("Bad props for Dataframe");
    expect(bad).not.toContain('role="grid"');
  });
});
