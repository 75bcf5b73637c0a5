import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { toCanonicalText } from "../article/canonical-text";
import type { ImportedArticle } from "./import-result";
import { parsePastedText } from "./parse-pasted-text";

const sample = readFileSync(
  new URL("../../prisma/seed/articles/upi-2025-04-28-north-korea-troops-kursk.txt", import.meta.url),
  "utf8",
);
const plain: Partial<ImportedArticle> = {
  byline: null,
  dateline: null,
  publishedAt: null,
  sourceUrl: null,
  siteName: null,
  format: "plain",
};
const GUESSED_TITLE = ["The first line was used as the title; check it."];

describe("parsePastedText", () => {
  it("recognises the newsroom sample layout", () => {
    const article = parsePastedText(sample);
    expect(article).toMatchObject({
      title: "North Korea confirms its troops are fighting for Russia in war against Ukraine",
      publishedAt: "2025-04-28",
      byline: "Paul Godfrey",
      dateline: "Washington DC (UPI) Apr 28, 2025",
      format: "sample-layout",
      warnings: [],
    });
    expect(article.paragraphs).toHaveLength(18);
  });

  it.each<[string, string, { title?: string }, Partial<ImportedArticle>]>([
    [
      "plain text: the first line is the title",
      "Council approves repairs\n\nFirst paragraph.\n\nSecond paragraph.",
      {},
      {
        ...plain,
        title: "Council approves repairs",
        paragraphs: ["First paragraph.", "Second paragraph."],
        warnings: GUESSED_TITLE,
      },
    ],
    [
      "a paragraph pasted right under the title, without a blank line",
      "Council approves repairs\nThe council voted on Friday.\n\nMore.",
      {},
      { title: "Council approves repairs", paragraphs: ["The council voted on Friday.", "More."] },
    ],
    [
      "a given title makes every block a paragraph",
      "First paragraph.\n\nSecond paragraph.",
      { title: "  Typed title " },
      { ...plain, title: "Typed title", paragraphs: ["First paragraph.", "Second paragraph."], warnings: [] },
    ],
    [
      "a given title drops a pasted copy of the same headline",
      "Typed Title\n\nFirst paragraph.",
      { title: "Typed title" },
      { title: "Typed title", paragraphs: ["First paragraph."] },
    ],
    [
      "a given title overrides the sample layout's date line",
      "date 2024-01-05 Title here\n\nFirst.",
      { title: "Mine" },
      { format: "plain", title: "Mine", paragraphs: ["date 2024-01-05 Title here", "First."] },
    ],
    [
      "an impossible date is not the sample layout",
      "date 2025-02-30 Title\n\nFirst.",
      {},
      { format: "plain", title: "date 2025-02-30 Title", paragraphs: ["First."] },
    ],
    [
      "Windows line endings, a BOM and ragged whitespace",
      "\uFEFF  Title  \r\n\r\n  One   two.  \r\n\r\n\r\nThree.\r\n",
      {},
      { title: "Title", paragraphs: ["One two.", "Three."] },
    ],
  ])("%s", (_name, raw, options, expected) => {
    expect(parsePastedText(raw, options)).toMatchObject(expected);
  });

  it("always yields paragraphs that make a valid canonical text", () => {
    const article = parsePastedText("T\n\nA\nwrapped  line.\n\n\n\nB.");
    expect(toCanonicalText(article.paragraphs)).toBe("A wrapped line.\n\nB.");
  });

  it.each<[string, string, string]>([
    ["empty text", "", "Paste some text first."],
    ["whitespace only", " \n\t\r\n ", "Paste some text first."],
    ["a BOM only", "\uFEFF", "Paste some text first."],
    [
      "a single line",
      "Only a title",
      "We found a title but no article text; paste the paragraphs below the title.",
    ],
    [
      "a sample-layout title only",
      "date 2024-01-05 Title",
      "The article has a title but no paragraphs; separate the paragraphs from the header with a blank line.",
    ],
  ])("refuses %s", (_name, raw, message) => {
    expect(() => parsePastedText(raw)).toThrow(expect.objectContaining({ code: "VALIDATION", message }));
  });
});
