import { describe, expect, it } from "vitest";
import { asState, boxStyle, loadRenderer } from "./BidiComponent";

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
});
