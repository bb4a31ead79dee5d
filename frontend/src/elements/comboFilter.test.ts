import { describe, expect, it } from "vitest";
import { filterOptions, fuzzyScore, type ComboOption } from "./comboFilter";

const options = (...labels: string[]): ComboOption[] => labels.map((label, i) => ({ key: String(i), label }));
const labels = (found: ComboOption[]) => found.map((o) => o.label);

describe("filterOptions", () => {
  const fruit = options("Apple", "Banana", "Pineapple", "Grape", "Papaya");
  it("fuzzy: the letters in order, best matches first", () => {
    expect(labels(filterOptions(fruit, "ape", "fuzzy"))).toEqual(["Grape", "Apple", "Pineapple"]); // "ape" in a row first
    expect(labels(filterOptions(fruit, "ppl", "fuzzy"))).toEqual(["Apple", "Pineapple"]);
    expect(labels(filterOptions(fruit, "bn", "fuzzy"))).toEqual(["Banana"]);
    expect(fuzzyScore("Banana", "nb")).toBeNull(); // out of order
  });
  it("fuzzy puts a match at the start of the label before one inside it", () => {
    expect(labels(filterOptions(options("Pineapple", "Apple"), "app", "fuzzy"))).toEqual(["Apple", "Pineapple"]);
  });
  it("contains and prefix ignore case and keep the list's order", () => {
    expect(labels(filterOptions(fruit, "AP", "contains"))).toEqual(["Apple", "Pineapple", "Grape", "Papaya"]);
    expect(labels(filterOptions(fruit, "pa", "prefix"))).toEqual(["Papaya"]);
  });
  it("an empty query, or no filter mode, leaves every option", () => {
    expect(filterOptions(fruit, "  ", "prefix")).toEqual(fruit);
    expect(filterOptions(fruit, "zzz", null)).toEqual(fruit);
  });
});
