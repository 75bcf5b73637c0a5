import { describe, it, expect } from "vitest";
import { measureEditDistance, measureSimilarity } from "./edit-distance";

/** Textbook O(nm) Levenshtein, to check the banded version against. */
function plainDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitute = (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min(substitute, (row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

describe("measureEditDistance", () => {
  // prettier-ignore
  it.each<[string, string, string, number, number]>([
    ["identical", "troops", "troops", 3, 0],
    ["one substitution", "troops", "traops", 3, 1],
    ["one insertion", "troops", "troopers", 3, 2],
    ["empty against text", "", "abc", 5, 3],
    ["over the limit reports limit + 1", "kitten", "sitting", 2, 3],
    ["exactly at the limit", "kitten", "sitting", 3, 3],
    ["length difference alone over the limit", "a", "abcdef", 2, 3],
    ["edit in the middle of a long quote", "its troops were fighting for Russia", "its troops were deployed for Russia", 10, 8],
    ["surrogate pair counts as two units", "war 😀 won", "war 😁 won", 3, 1],
  ])("%s", (_name, a, b, limit, expected) => {
    expect(measureEditDistance(a, b, limit)).toBe(expected);
  });

  it("agrees with the textbook table within the limit, on random strings", () => {
    let seed = 5;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const word = (): string =>
      Array.from({ length: Math.floor(random() * 20) }, () => "abc"[Math.floor(random() * 3)]).join("");
    for (let i = 0; i < 300; i += 1) {
      const a = word();
      const b = word();
      const limit = Math.floor(random() * 12);
      expect(measureEditDistance(a, b, limit)).toBe(Math.min(plainDistance(a, b), limit + 1));
    }
  });
});

describe("measureSimilarity", () => {
  it.each<[string, string, string, number]>([
    ["identical", "abcd", "abcd", 1],
    ["one of four changed", "abcd", "abXd", 0.75],
    ["nothing saved", "", "anything", 1],
    ["nothing found", "abcd", "", 0],
    ["longer found text never goes below zero", "ab", "xyzxyz", 0],
  ])("%s", (_name, saved, found, expected) => {
    expect(measureSimilarity(saved, found)).toBe(expected);
  });
});
