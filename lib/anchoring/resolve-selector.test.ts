import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { matchSelector, resolveSelector, type SelectorInput, type SelectorMatch } from "./resolve-selector";

const text = "The mayor said 300 homes were built. The council said 300 homes were planned. Mayor: 300.";

describe("matchSelector", () => {
  it.each<[string, SelectorInput, SelectorMatch]>([
    ["unique quote", { exact: "council" }, { kind: "found", start: 41, end: 48 }],
    ["quote not in the text", { exact: "400 homes" }, { kind: "missing" }],
    ["quote case differs: not found", { exact: "the Mayor" }, { kind: "missing" }],
    ["quote appears twice", { exact: "300 homes were" }, { kind: "ambiguous", count: 2 }],
    ["quote appears three times", { exact: "300" }, { kind: "ambiguous", count: 3 }],
    [
      "prefix picks one",
      { exact: "300 homes", prefix: "council said " },
      { kind: "found", start: 54, end: 63 },
    ],
    [
      "suffix picks one",
      { exact: "300 homes were", suffix: " built" },
      { kind: "found", start: 15, end: 29 },
    ],
    [
      "prefix and suffix together",
      { exact: "300", prefix: "said ", suffix: " homes were p" },
      { kind: "found", start: 54, end: 57 },
    ],
    ["prefix that leaves two", { exact: "300", prefix: "said " }, { kind: "ambiguous", count: 2 }],
    [
      "prefix never before the quote",
      { exact: "300", prefix: "governor said " },
      { kind: "context_mismatch", field: "prefix" },
    ],
    [
      "suffix never after the quote",
      { exact: "300", prefix: "said ", suffix: " flats" },
      { kind: "context_mismatch", field: "suffix" },
    ],
    [
      "prefix longer than the text before",
      { exact: "The mayor", prefix: "Yesterday: " },
      { kind: "context_mismatch", field: "prefix" },
    ],
    [
      "empty prefix and suffix change nothing",
      { exact: "council", prefix: "", suffix: "" },
      { kind: "found", start: 41, end: 48 },
    ],
    ["position inside the text", { start: 4, end: 9 }, { kind: "found", start: 4, end: 9 }],
    ["position up to the very end", { start: 85, end: 89 }, { kind: "found", start: 85, end: 89 }],
    ["position past the end", { start: 85, end: 90 }, { kind: "out_of_range", field: "end" }],
    ["position starting past the end", { start: 95, end: 99 }, { kind: "out_of_range", field: "start" }],
    ["empty position", { start: 5, end: 5 }, { kind: "out_of_range", field: "end" }],
  ])("%s", (_name, selector, expected) => {
    expect(matchSelector(text, selector)).toEqual(expected);
  });

  it("counts overlapping occurrences", () => {
    expect(matchSelector("aaa", { exact: "aa" })).toEqual({ kind: "ambiguous", count: 2 });
  });
});

describe("resolveSelector", () => {
  it("describes the match with its context, like a selection in the app", () => {
    expect(resolveSelector(text, { exact: "council" })).toEqual({
      exact: "council",
      prefix: "The mayor said 300 homes were built. The ".slice(-32),
      suffix: " said 300 homes were planned. Ma",
      start: 41,
      end: 48,
    });
  });

  it.each<[string, SelectorInput, string, string]>([
    ["not found", { exact: "400" }, "selector.exact", "That quote is not in the article's current text."],
    [
      "ambiguous",
      { exact: "300 homes" },
      "selector.exact",
      "That quote appears 2 times; add a prefix or suffix to pick one.",
    ],
    [
      "bad prefix",
      { exact: "300", prefix: "x" },
      "selector.prefix",
      "The quote is in the article, but never right after that prefix.",
    ],
    [
      "bad suffix",
      { exact: "300", suffix: "x" },
      "selector.suffix",
      "The quote is in the article, but never right before that suffix.",
    ],
    [
      "out of range",
      { start: 0, end: 500 },
      "selector.end",
      "The position lies outside the article's current text (it has 89 characters).",
    ],
    ["blank", { start: 9, end: 10 }, "selector.start", "That text is only blank space; mark some words."],
  ])("%s → 422 on %s", (_name, selector, field, message) => {
    let error: unknown;
    try {
      resolveSelector(text, selector);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION");
    expect((error as AppError).message).toBe(message);
    expect((error as AppError).details?.fields).toEqual({ [field]: message });
  });
});
