import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx$/.test(entry.name) && !entry.name.includes(".test.") ? [join(dir, entry.name)] : [],
  );
}

describe("focus on mount", () => {
  it("uses focusOnMount, never autoFocus, which only the first element of a page load gets", () => {
    const offenders = sources(SRC).filter((file) => /\bautoFocus\b/.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
