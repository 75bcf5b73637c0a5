import { describe, expect, it } from "vitest";
import type { SuggestionSentence } from "./build-suggestions";
import { openSuggestions, toDeskSuggestions, type DeskSuggestion } from "./desk-suggestions";

const at = (n: number, start: number, end: number): DeskSuggestion => ({
  n,
  start,
  end,
  score: 0.7,
  label: "likely check-worthy",
});

describe("toDeskSuggestions", () => {
  it("keeps the suggested sentences that nobody rejected, without their text", () => {
    const sentence = (n: number, suggested: boolean, rejected: boolean): SuggestionSentence => ({
      ...at(n, n * 10, n * 10 + 9),
      text: "words",
      suggested,
      rejected,
      claimed: false,
    });
    expect(
      toDeskSuggestions([sentence(1, true, false), sentence(2, false, false), sentence(3, true, true)]),
    ).toEqual([at(1, 10, 19)]);
  });
});

describe("openSuggestions", () => {
  const suggestions = [at(1, 0, 10), at(2, 11, 20), at(3, 21, 30), at(4, 31, 40)];
  const ns = (list: DeskSuggestion[]) => list.map((s) => s.n);

  it("offers every suggestion when there are no claims or rejections", () => {
    expect(ns(openSuggestions(suggestions, [], new Set()))).toEqual([1, 2, 3, 4]);
  });

  it("drops a suggestion that any claim overlaps, however little", () => {
    expect(ns(openSuggestions(suggestions, [{ start: 19, end: 22 }], new Set()))).toEqual([1, 4]);
  });

  it("keeps a suggestion a claim only touches at its edge", () => {
    expect(ns(openSuggestions(suggestions, [{ start: 10, end: 11 }], new Set()))).toEqual([1, 2, 3, 4]);
  });

  it("sees a long claim that starts before a nested one and covers later sentences", () => {
    const claims = [
      { start: 12, end: 35 },
      { start: 13, end: 14 },
    ];
    expect(ns(openSuggestions(suggestions, claims, new Set()))).toEqual([1]);
  });

  it("accepts claims in any order", () => {
    const claims = [
      { start: 32, end: 33 },
      { start: 1, end: 2 },
    ];
    expect(ns(openSuggestions(suggestions, claims, new Set()))).toEqual([2, 3]);
  });

  it("drops the ones rejected on the page", () => {
    expect(ns(openSuggestions(suggestions, [], new Set([2, 4])))).toEqual([1, 3]);
  });
});
