import { describe, it, expect } from "vitest";
import { countEditsWithin } from "./count-edits";
import { diffTexts, mapOffset } from "./text-diff";

/** Count the edits inside `quote` (first occurrence in `oldText`) after the edit to `newText`. */
function countInQuote(oldText: string, newText: string, quote: string, limit: number): number {
  const start = oldText.indexOf(quote);
  const diff = diffTexts(oldText, newText);
  const now = {
    start: mapOffset(diff, start, "start").offset,
    end: mapOffset(diff, start + quote.length, "end").offset,
  };
  return countEditsWithin(
    diff,
    { old: oldText, new: newText },
    { start, end: start + quote.length },
    now,
    limit,
  );
}

describe("countEditsWithin", () => {
  const text = "Kim said the troops were fighting for Russia in Kursk.";

  // prettier-ignore
  it.each<[string, string, string, number, number]>([
    ["nothing changed", text, "troops were fighting", 10, 0],
    ["one word replaced", text.replace("were", "are"), "troops were fighting", 10, 2],
    ["edits at both ends add up", text.replace("troops", "forces").replace("fighting", "fightin"), "troops were fighting", 10, 6],
    ["edits outside the quote do not count", text.replace("Kim", "Putin").replace("Kursk", "Kyiv"), "troops were fighting", 10, 0],
    ["stops at limit + 1", text.replace("troops were fighting", "army had been battling"), "troops were fighting", 4, 5],
  ])("%s", (_name, newText, quote, limit, expected) => {
    expect(countInQuote(text, newText, quote, limit)).toBe(expected);
  });
});
