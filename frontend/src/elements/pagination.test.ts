import { describe, expect, it } from "vitest";
import { visiblePages } from "./Pagination";

describe("visiblePages", () => {
  it("shows every page when they fit, or when there is no cap", () => {
    expect(visiblePages(5, 2, 7)).toEqual([1, 2, 3, 4, 5]);
    expect(visiblePages(12, 2, null)).toHaveLength(12);
  });
  it("keeps the first and last page around a window on the current one", () => {
    expect(visiblePages(10, 1, 7)).toEqual([1, 2, 3, 4, 5, 6, "gap", 10]);
    expect(visiblePages(10, 5, 7)).toEqual([1, "gap", 3, 4, 5, 6, 7, "gap", 10]);
    expect(visiblePages(10, 10, 7)).toEqual([1, "gap", 5, 6, 7, 8, 9, 10]);
  });
  it("shows arrows only for 0, and a short window below 3", () => {
    expect(visiblePages(10, 4, 0)).toEqual([]);
    expect(visiblePages(10, 4, 1)).toEqual([4]);
    expect(visiblePages(10, 10, 2)).toEqual([9, 10]);
  });
});
