import { describe, it, expect } from "vitest";
import { AppError } from "../errors/app-error";
import { paragraphRanges, toCanonicalText, type TextRange } from "./canonical-text";

describe("toCanonicalText and paragraphRanges", () => {
  it.each<[string, string[], string, TextRange[]]>([
    ["no paragraphs", [], "", []],
    ["one paragraph", ["Hello."], "Hello.", [{ start: 0, end: 6 }]],
    [
      "two paragraphs",
      ["Ab.", "Cde."],
      "Ab.\n\nCde.",
      [
        { start: 0, end: 3 },
        { start: 5, end: 9 },
      ],
    ],
    [
      "emoji counts as two UTF-16 code units",
      ["a😀", "b"],
      "a😀\n\nb",
      [
        { start: 0, end: 3 },
        { start: 5, end: 6 },
      ],
    ],
    [
      "single newline inside a paragraph is kept",
      ["line\nbreak", "x"],
      "line\nbreak\n\nx",
      [
        { start: 0, end: 10 },
        { start: 12, end: 13 },
      ],
    ],
  ])("%s", (_name, paragraphs, text, ranges) => {
    expect(toCanonicalText(paragraphs)).toBe(text);
    expect(paragraphRanges(text)).toEqual(ranges);
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(paragraphs);
  });

  it.each<[string, string[]]>([
    ["a paragraph containing the separator", ["a\n\nb"]],
    ["a paragraph ending in a newline", ["a\n", "b"]],
  ])("rejects %s", (_name, paragraphs) => {
    expect(() => toCanonicalText(paragraphs)).toThrow(AppError);
  });
});
