import { describe, expect, it } from "vitest";
import { codePointsOf, parseUnicodeRange, rangeIncludes } from "./unicode-range";

describe("parseUnicodeRange", () => {
  it.each([
    ["U+0000-00FF", [[0x0, 0xff]]],
    ["U+0131", [[0x131, 0x131]]],
    [
      "U+1f1e6-1f1ff,U+0020",
      [
        [0x20, 0x20],
        [0x1f1e6, 0x1f1ff],
      ],
    ],
    ["U+4??", [[0x400, 0x4ff]]],
    ["U+0300-0301,U+0301-0305, U+0306", [[0x300, 0x306]]],
  ])("%s", (value, intervals) => {
    expect(parseUnicodeRange(value)).toEqual(intervals);
  });
});

describe("rangeIncludes", () => {
  const intervals = parseUnicodeRange("U+0041-005A,U+4E2D,U+1F525");
  it.each([
    ["A", true],
    ["Z", true],
    ["a", false],
    ["中", true],
    ["文", false],
    ["🔥", true],
    ["✅", false],
  ])("%s: %s", (character, included) => {
    expect(rangeIncludes(intervals, character.codePointAt(0)!)).toBe(included);
  });
});

describe("codePointsOf", () => {
  it("lists each character once, astral ones whole", () => {
    expect(codePointsOf("a🔥a中")).toEqual([0x61, 0x4e2d, 0x1f525]);
  });
});
