import { describe, expect, it, vi } from "vitest";
import { loadOnce } from "./loadOnce";

describe("loadOnce", () => {
  it("shares one load among callers and keeps its value", async () => {
    const load = vi.fn(() => Promise.resolve(42));
    const once = loadOnce(load);
    expect(once.loaded()).toBeNull();
    const [a, b] = await Promise.all([once.load(), once.load()]);
    expect([a, b, once.loaded()]).toEqual([42, 42, 42]);
    await once.load();
    expect(load).toHaveBeenCalledOnce();
  });

  it("forgets a failed load, so the next caller tries again", async () => {
    const load = vi.fn().mockRejectedValueOnce("offline").mockResolvedValueOnce("ok");
    const once = loadOnce<string>(load);
    await expect(once.load()).rejects.toThrow("offline");
    expect(once.loaded()).toBeNull();
    await expect(once.load()).resolves.toBe("ok");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("settles at once with no load under way, else once the load has loaded or failed", async () => {
    let fail: (reason: unknown) => void = () => undefined;
    const once = loadOnce(() => new Promise<number>((_, reject) => (fail = reject)));
    await once.settled(); // none under way
    void once.load().catch(() => undefined);
    let settled = false;
    void once.settled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    fail(new Error("broken"));
    await once.settled();
    await Promise.resolve();
    expect(settled).toBe(true);
  });
});
