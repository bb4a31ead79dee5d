import { describe, expect, it, vi } from "vitest";
import { renderToString } from "react-dom/server";
import type { Entry } from "../store";
import { str, type NodeSpec } from "../utils/schema";
import { elements } from "./index";
import { loadAllOnDemand, onDemand, preloadOnDemandWhenIdle, type ElementModule } from "./onDemand";
import type { ElementDef } from "./types";
import { IDLE_FALLBACK_MS } from "../utils/whenIdle";

interface FakeProps {
  text: string;
}

const spec: NodeSpec<FakeProps> = { type: "Fake", schema: { text: str } };
const entry: Entry = { path: [0, 0], node: { type: "Fake", props: { text: "hi" }, id: null, block: false }, touchedBy: "r1" };

function module(type = "Fake"): ElementModule<FakeProps> {
  const def: ElementDef<FakeProps> = { type, schema: spec.schema, Component: ({ props }) => <b>{`drawn ${props.text}`}</b> };
  return { default: def };
}

function draw(def: ElementDef<FakeProps>): string {
  const Component = def.Component;
  return renderToString(<Component props={{ text: "hi" }} entry={entry} childEntries={[]} renderChildren={() => null} />);
}

describe("on-demand elements", () => {
  // First: the fakes below add loaders of their own (one of them always fails).
  it("load, for every on-demand entry of the registry, a module that draws its type", async () => {
    expect(elements.filter((def) => String(def.Component.displayName).startsWith("OnDemand(")).length).toBeGreaterThan(10);
    expect(await loadAllOnDemand()).toEqual([]);
  });

  it("draw a light placeholder, not an error card, until the module has run; then the element", async () => {
    let resolve: (mod: ElementModule<FakeProps>) => void = () => undefined;
    const def = onDemand(spec, () => new Promise<ElementModule<FakeProps>>((r) => (resolve = r)));
    expect(def.type).toBe("Fake");
    expect(def.schema).toBe(spec.schema);
    const before = draw(def);
    expect(before).toContain("el-loading");
    expect(before).not.toContain("drawn");
    expect(before).not.toContain("alert");
    resolve(module());
    await loadAllOnDemand();
    expect(draw(def)).toContain("drawn hi");
  });

  it("try a module that failed to load again on the next load", async () => {
    const load = vi.fn<() => Promise<ElementModule<FakeProps>>>().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(module());
    const def = onDemand(spec, load);
    expect((await loadAllOnDemand()).map(String)).toContain("Error: offline");
    expect(draw(def)).toContain("el-loading");
    await loadAllOnDemand();
    expect(load).toHaveBeenCalledTimes(2);
    expect(draw(def)).toContain("drawn hi");
  });

  it("refuse a module that draws another type", async () => {
    onDemand(spec, () => Promise.resolve(module("Other")));
    expect((await loadAllOnDemand()).map(String)).toContain("Error: the module of Fake draws Other");
  });
});

describe("on-demand preload", () => {
  it("loads in the first idle period after the page has loaded, on a timer without requestIdleCallback", () => {
    const idle: (() => void)[] = [];
    const listeners: Record<string, () => void> = {};
    const win = {
      document: { readyState: "loading" },
      requestIdleCallback: vi.fn((callback: () => void) => idle.push(callback)),
      addEventListener: vi.fn((type: string, callback: () => void) => (listeners[type] = callback)),
    } as unknown as Window & typeof globalThis;
    preloadOnDemandWhenIdle(win);
    expect(idle).toHaveLength(0);
    listeners.load();
    expect(idle).toHaveLength(1);
    const setTimeout = vi.fn();
    preloadOnDemandWhenIdle({ document: { readyState: "complete" }, setTimeout } as unknown as Window & typeof globalThis);
    expect(setTimeout).toHaveBeenCalledWith(expect.any(Function), IDLE_FALLBACK_MS);
  });
});
