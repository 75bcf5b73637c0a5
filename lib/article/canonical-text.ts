import { AppError } from "../errors/app-error";

/*
 * The canonical article text is what claims anchor into: the paragraphs
 * joined with a blank line. Every offset in the app (selectors, highlight
 * ranges, paragraph ranges) is a UTF-16 code unit index, i.e. a plain
 * JavaScript string index, so that the browser (Selection/Range offsets) and
 * the server count characters the same way. Never convert to code points or
 * grapheme clusters when storing or comparing offsets.
 */

export const PARAGRAPH_SEPARATOR = "\n\n";

export interface TextRange {
  /** Inclusive UTF-16 code unit index. */
  start: number;
  /** Exclusive UTF-16 code unit index. */
  end: number;
}

/**
 * Join paragraphs into the canonical text. Throws AppError VALIDATION for a
 * paragraph that contains the separator or ends with a newline, because
 * `paragraphRanges` could then not recover the same paragraphs.
 */
export function toCanonicalText(paragraphs: string[]): string {
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.includes(PARAGRAPH_SEPARATOR) || paragraph.endsWith("\n")) {
      throw new AppError(
        "VALIDATION",
        `Paragraph ${index + 1} contains a blank line; split it into separate paragraphs.`,
      );
    }
  });
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

/**
 * Paragraph ranges in the canonical text (end exclusive, separators excluded).
 * The empty text has no paragraphs.
 */
export function paragraphRanges(text: string): TextRange[] {
  if (text === "") return [];
  const ranges: TextRange[] = [];
  let start = 0;
  for (;;) {
    const separatorAt = text.indexOf(PARAGRAPH_SEPARATOR, start);
    if (separatorAt === -1) {
      ranges.push({ start, end: text.length });
      return ranges;
    }
    ranges.push({ start, end: separatorAt });
    start = separatorAt + PARAGRAPH_SEPARATOR.length;
  }
}
