import search from "approx-string-match";
import type { SpanFilter } from "./find-exact-quote";
import { measureContextSimilarity } from "./quote-context";
import { findSearchWindow, POSITION_TOLERANCE, type QuoteSearch, type SearchHint } from "./search-window";
import { isInsidePair } from "./snap-selection";
import type { TextQuoteSelector } from "./text-quote";

/*
 * Last resort before orphaning: an approximate match near the mapped span, in
 * the manner of Hypothesis's match-quote.ts, but with a bar to clear. Hypothesis
 * always returns its best-scoring candidate, however poor, because it has no
 * previous revision to fall back on; we would rather orphan a claim (the UI
 * asks a person to re-select it) than highlight the wrong words.
 */

/** Quotes shorter than this are never matched approximately: one or two characters match almost anywhere. */
export const MIN_FUZZY_LENGTH = 3;

/**
 * At least three quarters of the quote must survive. Hypothesis searches with
 * up to half the quote's length in errors and lets context sort the
 * candidates out; without a guaranteed position we want the quote itself to
 * be clearly recognisable, so a one-word edit in a sentence passes and a
 * sentence sharing only its frame does not.
 */
const MIN_QUOTE_SIMILARITY = 0.75;
/** Context must be mostly intact, unless the candidate overlaps the span the diff mapped the quote to. */
const MIN_CONTEXT_SIMILARITY = 0.5;
/** Candidates whose context scores are this close cannot be told apart by context. */
const CONTEXT_MARGIN = 0.1;

interface Candidate {
  start: number;
  end: number;
  context: number;
  distance: number;
}

/**
 * Best approximate match of the quote near `mapped` (where the diff says the
 * quote's text went), only when it is both close to the quote and placed
 * with confidence: its context is mostly intact, or it overlaps `mapped`.
 * `isCandidate` narrows the candidates further (see reanchor.ts).
 */
export function findFuzzyQuote(
  text: string,
  quote: TextQuoteSelector,
  mapped: SearchHint,
  isCandidate: SpanFilter,
): QuoteSearch {
  const length = quote.exact.length;
  if (length < MIN_FUZZY_LENGTH) return { kind: "missing" };
  const window = findSearchWindow(text.length, mapped.start, length);
  // approx-string-match reports only the lowest-error matches, so asking for
  // fewer errors than Hypothesis's length / 2 loses nothing we would accept,
  // and the search runs in O(maxErrors / 32 × window).
  const maxErrors = Math.min(256, Math.floor(length * (1 - MIN_QUOTE_SIMILARITY)));
  const candidates: Candidate[] = [];
  for (const match of search(text.slice(window.from, window.to), quote.exact, maxErrors)) {
    const start = window.from + match.start - (isInsidePair(text, window.from + match.start) ? 1 : 0);
    const end = window.from + match.end + (isInsidePair(text, window.from + match.end) ? 1 : 0);
    if (!isCandidate(start, end)) continue;
    const context = measureContextSimilarity(text, start, end, quote);
    const distance = Math.abs(start - mapped.start);
    const isOverMapped = start < mapped.end + POSITION_TOLERANCE && end > mapped.start - POSITION_TOLERANCE;
    if (context >= MIN_CONTEXT_SIMILARITY || isOverMapped) {
      candidates.push({ start, end, context, distance });
    }
  }
  return pickCandidate(candidates);
}

/** Best context, then nearest; "ambiguous" when a separate candidate is about as good on both counts. */
function pickCandidate(candidates: readonly Candidate[]): QuoteSearch {
  const ranked = [...candidates].sort((a, b) => b.context - a.context || a.distance - b.distance);
  const best = ranked[0];
  if (best === undefined) return { kind: "missing" };
  const hasRival = ranked.some(
    (other) =>
      (other.end <= best.start || other.start >= best.end) &&
      other.context >= best.context - CONTEXT_MARGIN &&
      other.distance <= best.distance + POSITION_TOLERANCE,
  );
  return hasRival ? { kind: "ambiguous" } : { kind: "found", start: best.start, end: best.end };
}
