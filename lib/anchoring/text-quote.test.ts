import { describe, it, expect } from "vitest";
import { AppError } from "../errors/app-error";
import { CONTEXT_LENGTH, describeQuote, describeSpan, type ClaimSelector } from "./text-quote";

const alphabet = "abcdefghijklmnopqrstuvwxyz";
const long = `${alphabet}${alphabet}0123456789${alphabet}${alphabet}`; // 114 chars

/** True when the string contains no unpaired surrogate. */
function isWellFormed(value: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}

describe("describeSpan", () => {
  it.each<[string, string, number, number, number | undefined, ClaimSelector]>([
    [
      "normal span with full context",
      long,
      52,
      62,
      undefined,
      { exact: "0123456789", prefix: long.slice(20, 52), suffix: long.slice(62, 94), start: 52, end: 62 },
    ],
    [
      "at start: empty prefix",
      "Hello world",
      0,
      5,
      undefined,
      { exact: "Hello", prefix: "", suffix: " world", start: 0, end: 5 },
    ],
    [
      "at end: empty suffix",
      "Hello world",
      6,
      11,
      undefined,
      { exact: "world", prefix: "Hello ", suffix: "", start: 6, end: 11 },
    ],
    ["whole text", "abc", 0, 3, undefined, { exact: "abc", prefix: "", suffix: "", start: 0, end: 3 }],
    [
      "custom context length",
      "abcdefgh",
      3,
      5,
      2,
      { exact: "de", prefix: "bc", suffix: "fg", start: 3, end: 5 },
    ],
    // "x😀abcd😀y" has emoji at code units 1–2 and 7–8; narrow windows would cut them in half.
    [
      "context widened around emoji",
      "x😀abcd😀y",
      3,
      5,
      1,
      { exact: "ab", prefix: "😀", suffix: "c", start: 3, end: 5 },
    ],
    [
      "prefix widened to keep the pair",
      "x😀abcd😀y",
      4,
      6,
      2,
      { exact: "bc", prefix: "😀a", suffix: "d😀", start: 4, end: 6 },
    ],
    [
      "suffix widened to keep the pair",
      "x😀abcd😀y",
      5,
      7,
      1,
      { exact: "cd", prefix: "b", suffix: "😀", start: 5, end: 7 },
    ],
    [
      "emoji as the quote",
      "I ❤️ 😀 a lot",
      5,
      7,
      3,
      { exact: "😀", prefix: "❤️ ", suffix: " a ", start: 5, end: 7 },
    ],
  ])("%s", (_name, text, start, end, contextLength, expected) => {
    const selector = describeSpan(text, start, end, contextLength);
    expect(selector).toEqual(expected);
    expect(isWellFormed(selector.prefix) && isWellFormed(selector.suffix)).toBe(true);
  });

  it("uses 32 characters of context by default", () => {
    const selector = describeSpan(long, 52, 62);
    expect(CONTEXT_LENGTH).toBe(32);
    expect(selector.prefix).toHaveLength(32);
    expect(selector.suffix).toHaveLength(32);
  });

  it.each<[string, string, number, number, RegExp]>([
    ["empty span", "abc", 1, 1, /empty/],
    ["end beyond text", "abc", 1, 4, /outside/],
    ["negative start", "abc", -1, 2, /outside/],
    ["start after end", "abc", 2, 1, /outside/],
    ["non-integer offset", "abc", 0.5, 2, /outside/],
    ["empty text", "", 0, 0, /empty/],
  ])("rejects %s", (_name, text, start, end, message) => {
    expect(() => describeSpan(text, start, end)).toThrow(AppError);
    expect(() => describeSpan(text, start, end)).toThrow(message);
  });
});

describe("describeQuote", () => {
  const text = "The cat sat. The cat ran.";

  it.each<[string, string, number | undefined, Pick<ClaimSelector, "start" | "end" | "prefix"> | null]>([
    ["found: first occurrence", "The cat", undefined, { start: 0, end: 7, prefix: "" }],
    ["second occurrence with from", "The cat", 1, { start: 13, end: 20, prefix: "The cat sat. " }],
    ["from exactly at an occurrence", "The cat", 13, { start: 13, end: 20, prefix: "The cat sat. " }],
    ["not found", "dog", undefined, null],
    ["not found after from", "sat", 13, null],
    ["empty quote", "", undefined, null],
  ])("%s", (_name, exact, from, expected) => {
    const selector = describeQuote(text, exact, from);
    if (expected === null) {
      expect(selector).toBeNull();
    } else {
      expect(selector).toMatchObject({ ...expected, exact });
    }
  });
});
