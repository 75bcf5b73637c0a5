/*
 * Where to look for a claim whose mapped span did not hold, and the shape of
 * the answer. The diff gives a good hint for where the quote should be, so
 * we search a window around it instead of the whole text: it is faster, and
 * a common phrase a few paragraphs away can no longer win on a lucky
 * context.
 */

/**
 * Characters searched on each side of the hint, beyond the quote itself. A
 * few hundred covers the sentence or two an editor typically rewrites around
 * a quote; anything further has moved with its paragraph, which the exact
 * search handles separately (see find-exact-quote.ts).
 */
export const SEARCH_RADIUS = 256;

/** A candidate within this many characters of the mapped span agrees on position (one context length). */
export const POSITION_TOLERANCE = 32;

export type QuoteSearch =
  | { kind: "found"; start: number; end: number }
  /** Several candidates fit equally well; guessing could land on the wrong text. */
  | { kind: "ambiguous" }
  | { kind: "missing" };

/** Where the diff mapped the claim's start and end: the best guess for where its text went. */
export interface SearchHint {
  start: number;
  end: number;
}

export interface SearchWindow {
  from: number;
  to: number;
}

/** The window around `hint` (where the quote should start) for a quote of `quoteLength`. */
export function findSearchWindow(textLength: number, hint: number, quoteLength: number): SearchWindow {
  const radius = SEARCH_RADIUS + quoteLength;
  return {
    from: Math.max(0, Math.min(textLength, hint - radius)),
    to: Math.min(textLength, Math.max(0, hint + quoteLength + radius)),
  };
}
