import { describe, expect, it } from "vitest";
import { isValidElement, type ReactElement } from "react";
import { progressText, renderTyped } from "./cells";

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
