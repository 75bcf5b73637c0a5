import { describe, expect, it } from "vitest";
import { sentenceAt, sentenceSpans } from "./sentence-context";

const sentencesOf = (text: string) => sentenceSpans(text).map(({ start, end }) => text.slice(start, end));

describe("sentenceSpans", () => {
  it.each<[string, string, string[]]>([
    ["plain sentences", "One here. Two there! Three?", ["One here.", "Two there!", "Three?"]],
    ["titles", "Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]],
    [
      "dotted initialisms",
      "The U.S. Army left. Then the U.K. sent aid.",
      ["The U.S. Army left.", "Then the U.K. sent aid."],
    ],
    [
      "decimals",
      "Growth was 3.5 per cent. Prices rose 0.2%.",
      ["Growth was 3.5 per cent.", "Prices rose 0.2%."],
    ],
    ["initials", "J. K. Rowling wrote it. Sales soared.", ["J. K. Rowling wrote it.", "Sales soared."]],
    [
      "closing quotes stay with their sentence",
      'He said, "We will win." Nobody agreed.',
      ['He said, "We will win."', "Nobody agreed."],
    ],
    ["curly quotes", "“It is over.” She left.", ["“It is over.”", "She left."]],
    [
      "a quoted exclamation mid-sentence",
      '"Stop!" she said. Then silence.',
      ['"Stop!" she said.', "Then silence."],
    ],
    ["no final stop", "First. And then the rest", ["First.", "And then the rest"]],
    ["surrounding whitespace is trimmed", "  Lead.  Tail.  ", ["Lead.", "Tail."]],
    ["empty", "   ", []],
  ])("%s", (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe("sentenceAt", () => {
  const text = "Mr. Smith spoke. Then he left.";
  it.each<[number, string]>([
    [0, "Mr. Smith spoke."],
    [5, "Mr. Smith spoke."],
    [16, "Mr. Smith spoke."],
    [17, "Then he left."],
    [text.length, "Then he left."],
  ])("offset %i", (offset, expected) => {
    const span = sentenceAt(text, offset);
    expect(span && text.slice(span.start, span.end)).toBe(expected);
  });
});
