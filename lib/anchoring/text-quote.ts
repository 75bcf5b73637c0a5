import { AppError } from "../errors/app-error";

/*
 * W3C Web Annotation style selectors (TextQuoteSelector + TextPositionSelector).
 * Positions are UTF-16 code unit indexes into the canonical article text; see
 * lib/article/canonical-text.ts.
 */

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  start: number;
  end: number;
}

export type ClaimSelector = TextQuoteSelector & TextPositionSelector;

export const CONTEXT_LENGTH = 32;

/**
 * Describe text[start,end) as quote + ~32 chars of context + position. Throws
 * AppError VALIDATION for an empty or out-of-range span. The context is
 * widened by one code unit where it would otherwise cut a surrogate pair, so
 * prefix and suffix are always well-formed strings.
 */
export function describeSpan(
  text: string,
  start: number,
  end: number,
  contextLength: number = CONTEXT_LENGTH,
): ClaimSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new AppError(
      "VALIDATION",
      `The selected span ${start}–${end} lies outside the article text (length ${text.length}).`,
    );
  }
  if (start === end) {
    throw new AppError("VALIDATION", "The selected span is empty; select at least one character.");
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new AppError("VALIDATION", "The context length must be a non-negative whole number.");
  }

  let prefixStart = Math.max(0, start - contextLength);
  if (prefixStart > 0 && isLowSurrogate(text, prefixStart) && isHighSurrogate(text, prefixStart - 1)) {
    prefixStart -= 1;
  }
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (suffixEnd < text.length && isHighSurrogate(text, suffixEnd - 1) && isLowSurrogate(text, suffixEnd)) {
    suffixEnd += 1;
  }

  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    start,
    end,
  };
}

/**
 * Find `exact` in text (first occurrence at or after `from`, default 0) and
 * describe it; null if absent or empty. Used by the demo seed.
 */
export function describeQuote(text: string, exact: string, from = 0): ClaimSelector | null {
  if (exact === "") return null;
  const start = text.indexOf(exact, from);
  if (start === -1) return null;
  return describeSpan(text, start, start + exact.length);
}

function isHighSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff;
}
