import { describe, expect, it } from "vitest";
import { isValidElement, type ReactElement } from "react";
import { alignsRight, chipColour, progressColour, progressText, renderTyped, selectboxOptions } from "./cells";

describe("renderTyped", () => {
  it("draws a boolean column without a configured type as checkboxes", () => {
    const cell = renderTyped(true, "true", {}, "Bool");
    expect(isValidElement(cell)).toBe(true);
    const element = cell as ReactElement<{ type: string; checked: boolean }>;
    expect(element.type).toBe("input");
    expect(element.props.checked).toBe(true);
    // Other columns keep their text.
    expect(renderTyped("true", "true", {}, "Utf8")).toBeNull();
  });

  it("writes a progress bar's share of its range as a percent unless a format is given", () => {
    expect(progressText(64, 64, undefined)).toBe("64%");
    expect(progressText(0.644, 64.4, undefined)).toBe("64%");
    expect(progressText(640, 64, "%d units")).toBe("640 units");
  });
});

describe("the new column types", () => {
  it("colours chips by theme name, by the palette for auto, or leaves them plain", () => {
    expect(chipColour("red", 0)).toBe("#ff4b4b");
    expect(chipColour("auto", 1)).toBe("#83c9ff");
    expect(chipColour("#123456", 3)).toBe("#123456");
    expect(chipColour(undefined, 0)).toBeUndefined();
  });

  it("draws one button per label, of the configured type", () => {
    const cell = renderTyped(["Edit", "Delete"], "", { type_config: { type: "button", button_type: "primary" } }) as ReactElement<{
      children: ReactElement<{ className: string }>[];
    }>;
    expect(cell.props.children).toHaveLength(2);
    expect(cell.props.children[0]?.props.className).toBe("btn small btn-primary");
  });

  it("draws audio and video cells from their URL", () => {
    const audio = renderTyped("data:audio/wav;base64,AA", "", { type_config: { type: "audio" } }) as ReactElement<{ src: string }>;
    expect(audio.type).toBe("audio");
    expect(audio.props.src).toBe("data:audio/wav;base64,AA");
    const video = renderTyped("data:video/mp4;base64,AA", "", { type_config: { type: "video" } }) as ReactElement<{ src: string }>;
    expect(video.type).toBe("video");
  });
});

describe("progressColour", () => {
  it("uses the primary colour by default, theme colour names, or green and red around half for auto", () => {
    expect(progressColour(null, 70)).toBeUndefined();
    expect(progressColour("blue", 70)).toBe("#1c83e1");
    expect(progressColour("#483d8b", 10)).toBe("#483d8b");
    expect(progressColour("auto", 70)).toBe("#21c354");
    expect(progressColour("auto", 30)).toBe("#ff4b4b");
    expect(progressColour("auto-inverse", 70)).toBe("#ff4b4b");
  });
});

describe("alignsRight", () => {
  it("right-aligns plain and NumberColumn numbers only", () => {
    expect(alignsRight(true, {})).toBe(true);
    expect(alignsRight(true, { type_config: { type: "number" } })).toBe(true);
    expect(alignsRight(true, { type_config: { type: "progress" } })).toBe(false);
    expect(alignsRight(false, {})).toBe(false);
  });
});

describe("SelectboxColumn", () => {
  it("shows an option's label (format_func=) and reads plain options as their own labels", () => {
    expect(selectboxOptions([{ value: 1, label: "Small" }, "b"])).toEqual([
      { value: 1, label: "Small" },
      { value: "b", label: "b" },
    ]);
    const cell = renderTyped(1, "1", { type_config: { type: "selectbox", options: [{ value: 1, label: "Small" }] } });
    expect(isValidElement(cell) && (cell as ReactElement<{ children: string }>).props.children).toBe("Small");
    expect(renderTyped(9, "9", { type_config: { type: "selectbox", options: [1] } })).toBeNull(); // not an option: its text
  });
});
