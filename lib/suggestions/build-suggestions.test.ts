import { describe, expect, it } from "vitest";
import { buildSuggestions } from "./build-suggestions";
import { parseStoredScores, roundScore } from "./sentence-scores";

const text = "Prices rose 5%. It rained. Taxes fell.";
const scores = [
  { start: 0, end: 15, score: 0.9 },
  { start: 16, end: 26, score: 0.1 },
  { start: 27, end: 38, score: 0.6 },
];

describe("buildSuggestions", () => {
  it("numbers the sentences from 1 and marks what is suggested, rejected and claimed", () => {
    const sentences = buildSuggestions({
      text,
      scores,
      threshold: 0.5,
      rejections: [{ start: 27, end: 38 }],
      // Overlaps the first sentence by one character; touches the second without overlapping.
      claims: [{ start: 14, end: 16 }],
    });
    expect(
      sentences.map(({ n, text, suggested, rejected, claimed }) => [n, text, suggested, rejected, claimed]),
    ).toEqual([
      [1, "Prices rose 5%.", true, false, true],
      [2, "It rained.", false, false, false],
      [3, "Taxes fell.", true, true, false],
    ]);
    expect(sentences.map((s) => s.label)).toEqual([
      "very likely check-worthy",
      "unlikely check-worthy",
      "likely check-worthy",
    ]);
  });

  it("keeps a rejection only for the exact sentence it was made on", () => {
    const sentences = buildSuggestions({
      text,
      scores,
      threshold: 0.5,
      rejections: [{ start: 27, end: 37 }],
      claims: [],
    });
    expect(sentences.some((s) => s.rejected)).toBe(false);
  });
});

describe("stored scores", () => {
  it.each([
    ['[{"start":0,"end":5,"score":0.25}]', [{ start: 0, end: 5, score: 0.25 }]],
    ["[]", []],
    ["not json", null],
    ['{"start":0}', null],
    ['[{"start":0,"end":5}]', null],
    ['[{"start":0.5,"end":5,"score":1}]', null],
  ])("reads %s as %j", (json, expected) => {
    expect(parseStoredScores(json)).toEqual(expected);
  });

  it.each([
    [0.123456, 0.1235],
    [0.99995, 1],
    [0, 0],
  ])("rounds %s to %s", (score, rounded) => {
    expect(roundScore(score)).toBe(rounded);
  });
});
