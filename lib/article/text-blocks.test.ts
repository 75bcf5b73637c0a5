import { describe, expect, it } from "vitest";
import { normalizeArticleText } from "./text-blocks";

describe("normalizeArticleText", () => {
  it.each([
    ["already canonical", "One.\n\nTwo.", "One.\n\nTwo."],
    ["CRLF line endings", "One.\r\n\r\nTwo.", "One.\n\nTwo."],
    ["extra blank lines and spaces", "\n\n  One.  \n\n\n\n Two. \n", "One.\n\nTwo."],
    ["a wrapped paragraph", "One line\nwrapped here.\n\nTwo.", "One line wrapped here.\n\nTwo."],
    ["tabs and runs of spaces", "One\t  two.", "One two."],
    ["nothing but whitespace", " \n\n \t", ""],
  ])("%s", (_name, raw, expected) => {
    expect(normalizeArticleText(raw)).toBe(expected);
  });
});
