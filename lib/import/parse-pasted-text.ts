import { splitIntoBlocks } from "../article/text-blocks";
import { AppError } from "../errors/app-error";
import type { ImportedArticle } from "./import-result";
import { hasDateLine, parsePlainArticle } from "./parse-plain-article";

export interface ParsePastedTextOptions {
  /** A title the editor typed; when given, every block of the text is a paragraph. */
  title?: string;
}

/**
 * Pasted (or .txt) text → an article. Text in the newsroom sample layout
 * (`date YYYY-MM-DD Title`, then an optional byline and dateline) is
 * recognised by its first line; any other text is paragraphs separated by
 * blank lines, titled by its first line unless a title is given.
 */
export function parsePastedText(raw: string, options: ParsePastedTextOptions = {}): ImportedArticle {
  if (raw.replace(/^\uFEFF/, "").trim() === "") {
    throw new AppError("VALIDATION", "Paste some text first.");
  }
  const givenTitle = options.title?.trim() ?? "";
  if (givenTitle === "" && hasDateLine(raw)) {
    return { ...parsePlainArticle(raw), ...noSource, format: "sample-layout", warnings: [] };
  }
  const { title, paragraphs, warnings } =
    givenTitle === "" ? splitFirstLineAsTitle(raw) : splitWithGivenTitle(raw, givenTitle);
  if (paragraphs.length === 0) {
    throw new AppError(
      "VALIDATION",
      "We found a title but no article text; paste the paragraphs below the title.",
    );
  }
  return {
    title,
    byline: null,
    dateline: null,
    publishedAt: null,
    ...noSource,
    paragraphs,
    format: "plain",
    warnings,
  };
}

const noSource = { sourceUrl: null, siteName: null } as const;

interface TitledText {
  title: string;
  paragraphs: string[];
  warnings: string[];
}

function splitFirstLineAsTitle(raw: string): TitledText {
  const [first, ...rest] = splitIntoBlocks(raw);
  const [titleLine = "", ...moreLines] = first?.lines ?? [];
  // The rest of a first block is a paragraph that was pasted without a blank line after the title.
  const remainder = moreLines.join(" ").replace(/\s+/g, " ").trim();
  return {
    title: titleLine.replace(/\s+/g, " "),
    paragraphs: [...(remainder === "" ? [] : [remainder]), ...rest.map((block) => block.text)],
    warnings: ["The first line was used as the title; check it."],
  };
}

function splitWithGivenTitle(raw: string, title: string): TitledText {
  const texts = splitIntoBlocks(raw).map((block) => block.text);
  // Editors often paste the headline too; keeping it would repeat the title as paragraph 1.
  const repeatsTitle = texts[0] !== undefined && sameText(texts[0], title);
  return { title, paragraphs: repeatsTitle ? texts.slice(1) : texts, warnings: [] };
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();
}
