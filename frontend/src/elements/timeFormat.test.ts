import { describe, expect, it } from "vitest";
import { formatTime, parseTime, stepTimes } from "./timeFormat";

describe("formatTime", () => {
  it("writes 24h and 12h times", () => {
    expect(formatTime("14:30", "24h")).toBe("14:30");
    expect(formatTime("09:05:07", "24h")).toBe("09:05:07");
    expect(formatTime("14:30", "12h")).toBe("2:30 PM");
    expect(formatTime("00:15", "12h")).toBe("12:15 AM");
    expect(formatTime("12:00", "12h")).toBe("12:00 PM");
  });
});

describe("parseTime", () => {
  it("reads what people type", () => {
    expect(parseTime("14:30")).toBe("14:30");
    expect(parseTime("2:30 pm")).toBe("14:30");
    expect(parseTime("12:15 AM")).toBe("00:15");
    expect(parseTime("12 p.m.")).toBe("12:00");
    expect(parseTime("9")).toBe("09:00");
    expect(parseTime("0930")).toBe("09:30");
    expect(parseTime("7:05:30a")).toBe("07:05:30");
  });
  it("refuses what is not a time", () => {
    for (const text of ["", "25:00", "13 pm", "0 am", "9:60", "noon", "9:3"]) expect(parseTime(text)).toBeNull();
  });
});

describe("stepTimes", () => {
  it("lists the day's times one step apart", () => {
    expect(stepTimes(6 * 3600)).toEqual(["00:00", "06:00", "12:00", "18:00"]);
    expect(stepTimes(900)).toHaveLength(96);
    expect(stepTimes(90).slice(0, 3)).toEqual(["00:00:00", "00:01:30", "00:03:00"]);
  });
});
