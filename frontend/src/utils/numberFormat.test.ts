import { describe, expect, it } from "vitest";
import { formatNumber, printf } from "./numberFormat";

describe("number formats", () => {
  it("printf specifiers, with ',' for thousands", () => {
    expect(printf(1234.567, "%d")).toBe("1235");
    expect(printf(1234.567, "%,d")).toBe("1,235");
    expect(printf(1234.567, "%.2f")).toBe("1234.57");
    expect(printf(1234.567, "%,.1f km")).toBe("1,234.6 km");
    expect(printf(0.5, "%0.1f%%")).toBe("0.5%");
  });

  it("preset names", () => {
    expect(formatNumber(1234.567, "dollar")).toBe("$1,234.57");
    expect(formatNumber(-3, "euro")).toBe("-€3.00");
    expect(formatNumber(0.1234, "percent")).toBe("12.34%");
    expect(formatNumber(-1234.5, "accounting")).toBe("(1,234.50)");
    expect(formatNumber(1500, "bytes")).toBe("1.5KB");
    expect(formatNumber(999, "bytes")).toBe("999B");
    expect(formatNumber(1234.5, "scientific")).toBe("1.2345e+3");
  });
});
