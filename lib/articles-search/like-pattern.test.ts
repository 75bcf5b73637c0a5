import { describe, expect, it } from "vitest";
import { containsPattern, escapeLike } from "./like-pattern";
import { normalizeSearch } from "./normalize-search";

describe("escapeLike", () => {
  it.each([
    ["rent control", "rent control"],
    ["50%", "50\\%"],
    ["snake_case", "snake\\_case"],
    ["back\\slash", "back\\\\slash"],
    ["%_\\", "\\%\\_\\\\"],
    ["", ""],
  ])("%j becomes %j", (input, expected) => {
    expect(escapeLike(input)).toBe(expected);
  });
});

describe("containsPattern", () => {
  it.each([
    ["Mayor", "%mayor%"],
    ["100% Sure", "%100\\% sure%"],
  ])("%j matches anywhere as %j", (input, expected) => {
    expect(containsPattern(input)).toBe(expected);
  });
});

describe("normalizeSearch", () => {
  it.each([
    [undefined, undefined],
    [null, undefined],
    ["", undefined],
    ["   \n\t ", undefined],
    ["  rent \n control ", "rent control"],
    ["Mayor", "Mayor"],
  ])("%j is %j", (input, expected) => {
    expect(normalizeSearch(input)).toBe(expected);
  });
});
