import { describe, expect, it, vi } from "vitest";
import { renderToString } from "react-dom/server";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { DeskContext, type DeskContextValue } from "../context";
import { NodeView } from "../NodeView";
import { buildChildIndex, initialState, type Entry } from "../store";
import { IDLE_FALLBACK_MS, loadGrid, loadedGrid, preloadGridWhenIdle } from "./frame";

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
    const entry: Entry = {
      path: [0, 0],
      node: { type: "Dataframe", props: { data: { $binary: "d1" }, num_rows: 3, total_rows: 3, index_columns: [], selection_mode: [] }, id: null, block: false },
      touchedBy: "r1",
    };
    const html = renderToString(
      <DeskContext.Provider value={ctx}>
        <NodeView entry={entry} />
      </DeskContext.Provider>,
    );
    expect(html).not.toContain("grid-loading");
    expect(html).toContain('role="grid"');
    expect(html).toContain('aria-rowcount="4"');
  });
});
