import { describe, expect, it, vi } from "vitest";
import { FIRST_RUN_WAIT_MS, preloadAfter, schedulePreload } from "./usePreloadAfterFirstRun";

describe("preload after the first run", () => {
  it("starts at once when the first run has finished", () => {
    const start = vi.fn();
    const win = { setTimeout: vi.fn(), clearTimeout: vi.fn() };
    schedulePreload(true, start, win as unknown as Window);
    expect(start).toHaveBeenCalledOnce();
    expect(win.setTimeout).not.toHaveBeenCalled();
  });

  it("waits for a long first run only so long, and a finished run cancels the wait", () => {
    const start = vi.fn();
    const win = { setTimeout: vi.fn(() => 7), clearTimeout: vi.fn() };
    const cancel = schedulePreload(false, start, win as unknown as Window);
    expect(start).not.toHaveBeenCalled();
    expect(win.setTimeout).toHaveBeenCalledWith(start, FIRST_RUN_WAIT_MS);
    cancel();
    expect(win.clearTimeout).toHaveBeenCalledWith(7);
  });

  it("starts the preloads only once what they wait for has settled", async () => {
    let settle: () => void = () => undefined;
    const before = new Promise<void>((resolve) => (settle = resolve));
    const first = vi.fn();
    const second = vi.fn();
    const done = preloadAfter(before, [first, second]);
    await Promise.resolve();
    expect(first).not.toHaveBeenCalled();
    settle();
    await done;
    expect(first).toHaveBeenCalledOnce();
    expect(second).toHaveBeenCalledOnce();
  });
});
