import { describe, expect, it } from "vitest";
import type { Payload } from "../binary";
import type { ClientMessage, DataWindow } from "../protocol.gen";
import { DataWindows } from "./dataWindows";

function setup() {
  const sent: ClientMessage[] = [];
  const payloads = new Map<string, Payload>();
  const windows = new DataWindows((m) => sent.push(m), payloads);
  return { sent, payloads, windows };
}

const answer = (request_id: number, digest: string | null, error: string | null = null): DataWindow => ({
  type: "DataWindow",
  request_id,
  dataset: "d",
  start: 0,
  end: 2,
  total_rows: 7,
  data: digest === null ? null : { $binary: digest, mimetype: "application/vnd.apache.arrow.stream", size: 1, stream: false },
  error,
});

describe("DataWindows", () => {
  it("routes each answer to its own request and drops bytes no node uses", async () => {
    const { sent, payloads, windows } = setup();
    const first = windows.request("d", 0, 2, null, null);
    const second = windows.request("d", 2, 4, [{ column: "a", ascending: true }], "x");
    expect(sent.map((m) => (m.type === "DataRequest" ? m.request_id : -1))).toEqual([1, 2]);
    payloads.set("b2", { digest: "b2", mimetype: "application/vnd.apache.arrow.stream", bytes: new Uint8Array([2]) });
    payloads.set("b1", { digest: "b1", mimetype: "application/vnd.apache.arrow.stream", bytes: new Uint8Array([1]) });
    windows.answer(answer(2, "b2"), () => new Set(["b2"]));
    windows.answer(answer(1, "b1"), () => new Set());
    expect(await second).toEqual({ bytes: new Uint8Array([2]), total: 7 });
    expect(await first).toEqual({ bytes: new Uint8Array([1]), total: 7 });
    expect([...payloads.keys()]).toEqual(["b2"]);
  });

  it("resolves with null when refused or when the socket closes", async () => {
    const { windows } = setup();
    const refused = windows.request("d", 0, 2, null, null);
    const cut = windows.request("d", 2, 4, null, null);
    windows.answer(answer(1, null, "no such dataset"), () => new Set());
    windows.dropAll();
    expect(await refused).toBeNull();
    expect(await cut).toBeNull();
  });
});
