import { splitIntoBlocks as splitBlocks, type Block } from "../article/text-blocks";
import { AppError } from "../errors/app-error";
import { isCalendarDate } from "./calendar-date";

export interface ParsedArticle {
  title: string;
  /** Calendar date as "YYYY-MM-DD", or null when the file has no valid date line. */
  publishedAt: string | null;
  /** Author name without the leading "by ". */
  byline: string | null;
  dateline: string | null;
  paragraphs: string[];
}

/** A block of consecutive non-blank lines, kept both raw and joined. */
const DATE_LINE = /^date\s+(\d{4}-\d{2}-\d{2})\s+(\S.*)$/i;
const BYLINE = /^by\s+(\S.*)$/i;
const MAX_HEADER_LENGTH = 100;
/** Sentence punctuation or a closing quote: a line ending in one reads as prose, not a dateline. */
const SENTENCE_END = /[.!?:;"'\u201D\u2019\u00BB]$/;

/**
 * Parse the newsroom plain-text layout:
 *
 * ```
 * date YYYY-MM-DD Title
 *
 * by NAME
 *
 * Washington DC (UPI) Apr 28, 2025
 *
 * First paragraph…
 * ```
 *
 * Only the title and at least one paragraph are required; the date, byline
 * and dateline are recognised when present. Throws AppError VALIDATION when
 * the input cannot be an article.
 */
export function parsePlainArticle(raw: string): ParsedArticle {
  const blocks = splitBlocks(raw);
  const [first, ...rest] = blocks;
  if (first === undefined) {
    throw new AppError(
      "VALIDATION",
      "The article file is empty; it needs a title and at least one paragraph.",
    );
  }

  const { title, publishedAt } = parseTitleBlock(first.text);

  let index = 0;
  let byline: string | null = null;
  const bylineCandidate = rest[index];
  const bylineMatch = bylineCandidate !== undefined ? matchByline(bylineCandidate) : null;
  if (bylineMatch !== null) {
    byline = bylineMatch;
    index += 1;
  }

  let dateline: string | null = null;
  const candidate = rest[index];
  // A dateline is only taken when a paragraph follows it: a lone short line
  // after the header is more likely the (only) paragraph than a dateline.
  if (candidate !== undefined && index + 1 < rest.length && isDateline(candidate)) {
    dateline = candidate.text;
    index += 1;
  }

  const paragraphs = rest.slice(index).map((block) => block.text);
  if (paragraphs.length === 0) {
    throw new AppError(
      "VALIDATION",
      "The article has a title but no paragraphs; separate the paragraphs from the header with a blank line.",
    );
  }

  return { title, publishedAt, byline, dateline, paragraphs };
}

/** True when the text opens with the sample layout's `date YYYY-MM-DD Title` line (with a real date). */
export function hasDateLine(raw: string): boolean {
  const first = splitBlocks(raw)[0];
  return first !== undefined && parseTitleBlock(first.text).publishedAt !== null;
}

function parseTitleBlock(text: string): { title: string; publishedAt: string | null } {
  const match = DATE_LINE.exec(text);
  const date = match?.[1];
  const title = match?.[2];
  if (date !== undefined && title !== undefined && isCalendarDate(date)) {
    return { title: title.trim(), publishedAt: date };
  }
  return { title: text, publishedAt: null };
}

/** A byline is a single short `by NAME` line, so a paragraph opening "By the end…" is not taken for one. */
function matchByline(block: Block): string | null {
  if (block.lines.length !== 1 || block.text.length > MAX_HEADER_LENGTH) return null;
  const name = BYLINE.exec(block.text)?.[1];
  return name === undefined ? null : name.trim();
}

function isDateline(block: Block): boolean {
  return block.lines.length === 1 && block.text.length <= MAX_HEADER_LENGTH && !SENTENCE_END.test(block.text);
}
