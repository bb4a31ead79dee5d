import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, parseDate, parseDateTime } from "./dateFormat";

describe("formatDate", () => {
  it("writes the ISO date in the format's order and separator", () => {
    expect(formatDate("2024-05-17", "YYYY/MM/DD")).toBe("2024/05/17");
    expect(formatDate("2024-05-17", "DD.MM.YYYY")).toBe("17.05.2024");
    expect(formatDate("2024-05-17", "MM-DD-YYYY")).toBe("05-17-2024");
  });
});

describe("parseDate", () => {
  it("reads the parts in the format's order, with any separator", () => {
    expect(parseDate("17.05.2024", "DD.MM.YYYY")).toBe("2024-05-17");
    expect(parseDate("17/5/2024", "DD.MM.YYYY")).toBe("2024-05-17");
    expect(parseDate(" 2024 / 05 / 17 ", "YYYY/MM/DD")).toBe("2024-05-17");
    expect(parseDate("05-17-2024", "MM-DD-YYYY")).toBe("2024-05-17");
  });
  it("always understands an ISO date", () => {
    expect(parseDate("2024-05-17", "DD.MM.YYYY")).toBe("2024-05-17");
  });
  it("refuses what is not a date", () => {
    expect(parseDate("2024/02/30", "YYYY/MM/DD")).toBeNull();
    expect(parseDate("2023/02/29", "YYYY/MM/DD")).toBeNull();
    expect(parseDate("2024/13/01", "YYYY/MM/DD")).toBeNull();
    expect(parseDate("tomorrow", "YYYY/MM/DD")).toBeNull();
    expect(parseDate("2024/05", "YYYY/MM/DD")).toBeNull();
    expect(parseDate("", "YYYY/MM/DD")).toBeNull();
  });
  it("accepts the 29th of February in a leap year", () => {
    expect(parseDate("2024/02/29", "YYYY/MM/DD")).toBe("2024-02-29");
  });
});

describe("date and time", () => {
  it("writes and reads a date and time in the format", () => {
    expect(formatDateTime("2024-05-17T14:30", "DD.MM.YYYY")).toBe("17.05.2024, 14:30");
    expect(parseDateTime("17.05.2024, 14:30", "DD.MM.YYYY")).toBe("2024-05-17T14:30");
    expect(parseDateTime("2024/05/17 2:30 pm", "YYYY/MM/DD")).toBe("2024-05-17T14:30");
    expect(parseDateTime("2024 05 17 9:05:30", "YYYY/MM/DD")).toBe("2024-05-17T09:05:30");
    expect(parseDateTime("2024-05-17T14:30", "DD.MM.YYYY")).toBe("2024-05-17T14:30");
  });
  it("refuses a bad date or time", () => {
    expect(parseDateTime("2024/02/30, 10:00", "YYYY/MM/DD")).toBeNull();
    expect(parseDateTime("2024/05/17, 25:00", "YYYY/MM/DD")).toBeNull();
    expect(parseDateTime("2024/05/17", "YYYY/MM/DD")).toBeNull();
  });
});
