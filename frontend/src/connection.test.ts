import { afterEach, describe, expect, it } from "vitest";
import { localTimeZone } from "./connection";

type WithTemporal = { Temporal?: unknown };

describe("the Hello's time zone", () => {
  const saved = (globalThis as WithTemporal).Temporal;
  afterEach(() => {
    (globalThis as WithTemporal).Temporal = saved;
  });

  it("comes from Temporal when the engine has it, without building an Intl formatter", () => {
    (globalThis as WithTemporal).Temporal = { Now: { timeZoneId: () => "Asia/Kolkata" } };
    const original = Intl.DateTimeFormat;
    let built = 0;
    Object.defineProperty(Intl, "DateTimeFormat", { configurable: true, writable: true, value: (...args: []) => (built++, original(...args)) });
    try {
      expect(localTimeZone()).toBe("Asia/Kolkata");
      expect(built).toBe(0);
    } finally {
      Object.defineProperty(Intl, "DateTimeFormat", { configurable: true, writable: true, value: original });
    }
  });

  it("falls back to Intl without Temporal, or when it fails", () => {
    const intl = Intl.DateTimeFormat().resolvedOptions().timeZone;
    (globalThis as WithTemporal).Temporal = undefined;
    expect(localTimeZone()).toBe(intl);
    (globalThis as WithTemporal).Temporal = {
      Now: {
        timeZoneId: () => {
          throw new RangeError("no zone");
        },
      },
    };
    expect(localTimeZone()).toBe(intl);
  });
});
