import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { AppError } from "../errors/app-error";
import { parsePlainArticle, type ParsedArticle } from "./parse-plain-article";

const sample = readFileSync(
  fileURLToPath(
    new URL("../../prisma/seed/articles/upi-2025-04-28-north-korea-troops-kursk.txt", import.meta.url),
  ),
  "utf8",
);

describe("parsePlainArticle on the UPI sample", () => {
  const article = parsePlainArticle(sample);

  it.each<[keyof ParsedArticle, unknown]>([
    ["title", "North Korea confirms its troops are fighting for Russia in war against Ukraine"],
    ["publishedAt", "2025-04-28"],
    ["byline", "Paul Godfrey"],
    ["dateline", "Washington DC (UPI) Apr 28, 2025"],
  ])("reads %s", (field, expected) => {
    expect(article[field]).toEqual(expected);
  });

  it("finds 18 paragraphs (21 blocks minus title, byline and dateline)", () => {
    expect(article.paragraphs).toHaveLength(18);
    expect(article.paragraphs[0]).toBe(
      "North Korea gave the first official confirmation Monday that its troops were fighting in the ranks of the Russian Army in its war against Ukraine.",
    );
    expect(article.paragraphs.at(-1)).toBe(
      "He said he believed the Kremlin's ranks likely contained many more soldiers from the East Asian ally of Russia.",
    );
  });
});

describe("parsePlainArticle layouts", () => {
  it.each<[string, string, ParsedArticle]>([
    [
      "full header",
      "date 2024-01-05 Title here\n\nby Ann Lee\n\nParis (AFP) Jan 5\n\nFirst.\n\nSecond.",
      {
        title: "Title here",
        publishedAt: "2024-01-05",
        byline: "Ann Lee",
        dateline: "Paris (AFP) Jan 5",
        paragraphs: ["First.", "Second."],
      },
    ],
    [
      "no byline",
      "date 2024-01-05 Title\n\nParis (AFP) Jan 5\n\nFirst.",
      {
        title: "Title",
        publishedAt: "2024-01-05",
        byline: null,
        dateline: "Paris (AFP) Jan 5",
        paragraphs: ["First."],
      },
    ],
    [
      "no date line: plain title",
      "Just a title\n\nby Ann Lee\n\nFirst.",
      { title: "Just a title", publishedAt: null, byline: "Ann Lee", dateline: null, paragraphs: ["First."] },
    ],
    [
      "invalid calendar date keeps the whole line as title",
      "date 2025-02-30 Title\n\nFirst.",
      {
        title: "date 2025-02-30 Title",
        publishedAt: null,
        byline: null,
        dateline: null,
        paragraphs: ["First."],
      },
    ],
    [
      "case-insensitive DATE and BY",
      "DATE 2024-02-29 Leap\n\nBY Ann Lee\n\nFirst.",
      { title: "Leap", publishedAt: "2024-02-29", byline: "Ann Lee", dateline: null, paragraphs: ["First."] },
    ],
    [
      "CRLF line endings",
      "date 2024-01-05 T\r\n\r\nby A\r\n\r\nRome Jan 5\r\n\r\nOne.\r\n\r\nTwo.\r\n",
      {
        title: "T",
        publishedAt: "2024-01-05",
        byline: "A",
        dateline: "Rome Jan 5",
        paragraphs: ["One.", "Two."],
      },
    ],
    [
      "lone CR line endings and a BOM",
      "\uFEFFT\r\rOne.\r\rTwo.",
      { title: "T", publishedAt: null, byline: null, dateline: null, paragraphs: ["One.", "Two."] },
    ],
    [
      "extra blank lines, whitespace-only lines and trailing spaces",
      "\n\n  T  \n \t \n\n\nby  Ann   Lee  \n\n\n\nOne   two.  \n   \n\n",
      { title: "T", publishedAt: null, byline: "Ann Lee", dateline: null, paragraphs: ["One two."] },
    ],
    [
      "no dateline: first block ends in a period",
      "T\n\nby A\n\nShort sentence.\n\nMore.",
      {
        title: "T",
        publishedAt: null,
        byline: "A",
        dateline: null,
        paragraphs: ["Short sentence.", "More."],
      },
    ],
    [
      "no dateline: first block ends in a closing quote",
      'T\n\n"We won"\n\nMore.',
      { title: "T", publishedAt: null, byline: null, dateline: null, paragraphs: ['"We won"', "More."] },
    ],
    [
      "no dateline: first block is longer than 100 characters",
      `T\n\n${"word ".repeat(25).trim()}\n\nMore.`,
      {
        title: "T",
        publishedAt: null,
        byline: null,
        dateline: null,
        paragraphs: ["word ".repeat(25).trim(), "More."],
      },
    ],
    [
      "a lone short block after the header is the paragraph, not a dateline",
      "T\n\nOnly paragraph",
      { title: "T", publishedAt: null, byline: null, dateline: null, paragraphs: ["Only paragraph"] },
    ],
    [
      "a paragraph wrapped over two lines is joined with one space",
      "T\n\nLondon Jan 5\n\nThe first line\n   continues here.\n\nNext.",
      {
        title: "T",
        publishedAt: null,
        byline: null,
        dateline: "London Jan 5",
        paragraphs: ["The first line continues here.", "Next."],
      },
    ],
    [
      "a wrapped block is never a dateline",
      "T\n\nLondon\nJan 5\n\nNext.",
      { title: "T", publishedAt: null, byline: null, dateline: null, paragraphs: ["London Jan 5", "Next."] },
    ],
    [
      "a paragraph starting with 'By' is not a byline",
      "T\n\nBy the end of the year, prices rose.\nThen they fell.\n\nMore.",
      {
        title: "T",
        publishedAt: null,
        byline: null,
        dateline: null,
        paragraphs: ["By the end of the year, prices rose. Then they fell.", "More."],
      },
    ],
  ])("%s", (_name, raw, expected) => {
    expect(parsePlainArticle(raw)).toEqual(expected);
  });
});

describe("parsePlainArticle rejects", () => {
  it.each<[string, string, RegExp]>([
    ["empty input", "", /empty/],
    ["whitespace-only input", " \n\t\r\n \uFEFF", /empty/],
    ["BOM only", "\uFEFF", /empty/],
    ["title only", "date 2024-01-05 Title", /title but no paragraphs/],
    ["title and byline only", "Title\n\nby Ann Lee", /title but no paragraphs/],
  ])("%s", (_name, raw, message) => {
    const attempt = (): ParsedArticle => parsePlainArticle(raw);
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: "VALIDATION" });
    }
  });
});
