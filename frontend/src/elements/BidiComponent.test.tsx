import { describe, expect, it } from "vitest";
import { tableFromArrays, tableToIPC, type Table } from "apache-arrow";
import { asState, boxStyle, loadRenderer, resolveData } from "./BidiComponent";
import type { Payload } from "../binary";

describe("st.components.v2 element helpers", () => {
  it("sizes the wrapper as Streamlit's width and height keywords say", () => {
    expect(boxStyle("stretch", "content")).toEqual({ width: "100%" });
    expect(boxStyle("content", "stretch")).toEqual({ width: "fit-content", height: "100%" });
    expect(boxStyle(300, 120)).toEqual({ width: "300px", height: "120px", overflow: "auto" });
  });

  it("takes only an object of named values as the state", () => {
    expect(asState({ a: 1 })).toEqual({ a: 1 });
    expect(asState(null)).toEqual({});
    expect(asState([1, 2])).toEqual({});
    const held = { a: 1 };
    expect(asState(held)).not.toBe(held); // a copy: setStateValue never edits the node's props
  });

  it("loads no module for a component without JavaScript", async () => {
    expect(await loadRenderer("   ")).toBeNull();
  });

  it("hands binary payloads to the module as Arrow Tables and Uint8Arrays", async () => {
    const arrow = tableToIPC(tableFromArrays({ a: Int32Array.from([1, 2]) }), "stream");
    const payloads = new Map<string, Payload>([
      ["t", { digest: "t", mimetype: "application/vnd.apache.arrow.stream", bytes: arrow }],
      ["b", { digest: "b", mimetype: "application/octet-stream", bytes: Uint8Array.from([7, 8]) }],
    ]);
    const ref = (digest: string, mimetype: string) => ({ $binary: digest, mimetype, size: 0, stream: false });
    const table = (await resolveData(ref("t", "application/vnd.apache.arrow.stream"), payloads)) as Table;
    expect(table.getChild("a")?.toArray()).toEqual(Int32Array.from([1, 2]));
    const mixed = (await resolveData({ rows: ref("t", "application/vnd.apache.arrow.stream"), raw: ref("b", "application/octet-stream"), title: "T" }, payloads)) as Record<string, unknown>;
    expect((mixed.rows as Table).numRows).toBe(2);
    expect(mixed.raw).toEqual(Uint8Array.from([7, 8]));
    expect(mixed.title).toBe("T");
    expect(await resolveData([1, 2], payloads)).toEqual([1, 2]);
    await expect(resolveData(ref("gone", "application/octet-stream"), payloads)).rejects.toThrow("has not arrived");
  });
});
