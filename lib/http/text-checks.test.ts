import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import {
  assertCleanText,
  findTextProblems,
  MAX_JSON_DEPTH,
  NUL_MESSAGE,
  SURROGATE_MESSAGE,
  textProblemOf,
} from "./text-checks";

describe("textProblemOf", () => {
  it.each([
    ["plain text", "Prices rose 3 percent.", null],
    ["the empty string", "", null],
    ["accents, other scripts and emoji (surrogate pairs)", "Café Ложь 東京 👍🏽", null],
    ["U+FFFD itself", "\uFFFD", null],
    ["a NUL", "a\u0000b", NUL_MESSAGE],
    ["a NUL at the end", "title\u0000", NUL_MESSAGE],
    ["a lone high surrogate", "a\uD83Db", SURROGATE_MESSAGE],
    ["a lone high surrogate at the end", "a\uD83D", SURROGATE_MESSAGE],
    ["a lone low surrogate", "\uDC4Dx", SURROGATE_MESSAGE],
    ["two high surrogates", "\uD83D\uD83D\uDC4D", SURROGATE_MESSAGE],
    ["a swapped pair", "\uDC4D\uD83D", SURROGATE_MESSAGE],
  ])("%s", (_name, value, problem) => {
    expect(textProblemOf(value)).toBe(problem);
  });
});

describe("findTextProblems", () => {
  it("names every bad field by its path, in nested objects, arrays and keys", () => {
    const body = {
      title: "ok",
      summary: "bad\u0000",
      sources: [{ url: "https://a.example" }, { url: "https://b.example", title: "\uD800" }],
      ["key\u0000"]: "value",
    };
    expect(findTextProblems(body)).toEqual({
      fields: { summary: NUL_MESSAGE, "sources.1.title": SURROGATE_MESSAGE, "key\u0000": NUL_MESSAGE },
      tooDeep: false,
    });
  });

  it("names the body itself as _", () => {
    expect(findTextProblems("\u0000").fields).toEqual({ _: NUL_MESSAGE });
  });

  it("finds nothing in clean values of every JSON type", () => {
    expect(findTextProblems({ a: [1, true, null, { b: "c" }], d: 2.5 })).toEqual({
      fields: {},
      tooDeep: false,
    });
  });

  it("stops at the depth limit without recursion, even 100,000 levels down", () => {
    const nested = (depth: number) => JSON.parse("[".repeat(depth) + "]".repeat(depth)) as unknown;
    expect(findTextProblems(nested(MAX_JSON_DEPTH)).tooDeep).toBe(false);
    expect(findTextProblems(nested(MAX_JSON_DEPTH + 1)).tooDeep).toBe(true);
    expect(findTextProblems(nested(100_000)).tooDeep).toBe(true);
  });
});

describe("assertCleanText", () => {
  it("throws a 422 naming the given field", () => {
    const thrown = (() => {
      try {
        assertCleanText({ paragraphs: ["a", "b\u0000"] }, "file", "That file has NULs.");
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({
      code: "VALIDATION",
      details: { fields: { file: "That file has NULs." } },
    });
  });

  it("passes clean text", () => {
    expect(() => assertCleanText({ paragraphs: ["a", "b"] }, "file", "x")).not.toThrow();
  });
});
