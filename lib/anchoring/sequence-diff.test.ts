import { describe, it, expect } from "vitest";
import { diffSequences, type EqualRun } from "./sequence-diff";

/** One letter per item keeps the fixtures readable. */
const ids = (letters: string): Int32Array => Int32Array.from(letters, (letter) => letter.charCodeAt(0));

/** The common subsequence the runs describe, checked to be the same in both inputs. */
function commonLetters(a: string, b: string, runs: readonly EqualRun[]): string {
  let out = "";
  let lastA = 0;
  let lastB = 0;
  for (const run of runs) {
    expect(run.length).toBeGreaterThan(0);
    expect(run.aStart).toBeGreaterThanOrEqual(lastA);
    expect(run.bStart).toBeGreaterThanOrEqual(lastB);
    const fromA = a.slice(run.aStart, run.aStart + run.length);
    expect(b.slice(run.bStart, run.bStart + run.length)).toBe(fromA);
    out += fromA;
    lastA = run.aStart + run.length;
    lastB = run.bStart + run.length;
  }
  return out;
}

/** Longest common subsequence length by the textbook O(nm) table, to check Myers is minimal. */
function lcsLength(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const letter of a) {
    const next = [0];
    for (let j = 1; j <= b.length; j += 1) {
      next.push(letter === b[j - 1] ? (row[j - 1] ?? 0) + 1 : Math.max(row[j] ?? 0, next[j - 1] ?? 0));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

describe("diffSequences", () => {
  // prettier-ignore
  it.each<[string, string, string, string]>([
    ["identical", "abc", "abc", "abc"],
    ["both empty", "", "", ""],
    ["insert into empty", "", "abc", ""],
    ["delete everything", "abc", "", ""],
    ["insert at start", "bc", "abc", "bc"],
    ["insert in the middle", "ac", "abc", "ac"],
    ["delete at end", "abc", "ab", "ab"],
    ["replace one", "abc", "axc", "ac"],
    ["nothing in common", "abc", "xyz", ""],
    ["repeated items", "aaab", "abaa", "aaa"],
    ["classic Myers example", "abcabba", "cbabac", "cabb"],
  ])("%s", (_name, a, b, expected) => {
    const runs = diffSequences(ids(a), ids(b), { steps: 10_000 });
    expect(runs).not.toBeNull();
    const common = commonLetters(a, b, runs ?? []);
    expect(common.length).toBe(expected.length);
    expect(common.length).toBe(lcsLength(a, b));
  });

  it("finds a longest common subsequence on random inputs", () => {
    let seed = 11;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const word = (): string =>
      Array.from({ length: Math.floor(random() * 30) }, () => "abcd"[Math.floor(random() * 4)]).join("");
    for (let i = 0; i < 200; i += 1) {
      const a = word();
      const b = word();
      const runs = diffSequences(ids(a), ids(b), { steps: 10_000 }) ?? [];
      expect(commonLetters(a, b, runs).length).toBe(lcsLength(a, b));
    }
  });

  it.each<[string, string, string, number, boolean]>([
    ["within budget", "abcdef", "abXdef", 20, true],
    ["over budget", "abcdefgh", "stuvwxyz", 20, false],
    ["length difference alone exceeds what the budget allows", "xa", "ybcdefghijk", 4, false],
    ["a pure insertion is free", "a", "abcdef", 1, true],
  ])("%s", (_name, a, b, steps, isFound) => {
    expect(diffSequences(ids(a), ids(b), { steps }) !== null).toBe(isFound);
  });

  it("charges one budget across several diffs", () => {
    // Nothing in common: every diagonal is probed, about 280 steps each time.
    const budget = { steps: 400 };
    expect(diffSequences(ids("abcdef"), ids("uvwxyz"), budget)).toEqual([]);
    expect(budget.steps).toBeLessThan(400 - 200);
    expect(diffSequences(ids("abcdef"), ids("uvwxyz"), budget)).toBeNull();
  });
});
