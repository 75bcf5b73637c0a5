import { measureContextAgreement } from "./quote-context";
import { findSearchWindow, type QuoteSearch } from "./search-window";
import type { TextQuoteSelector } from "./text-quote";

/*
 * Exact search for a quote whose mapped span did not hold. An occurrence
 * counts only when at least half of the saved context still surrounds it
 * verbatim: the quote alone proves nothing for a common phrase ("the
 * troops"), let alone a one-letter claim.
 */

/** Share of the saved context that must still surround an exact occurrence. */
const MIN_CONTEXT_AGREEMENT = 0.5;

/**
 * Decides whether text[start, end) may hold the claim at all; reanchor.ts
 * rules out text the edit left untouched, which was some other passage.
 */
export type SpanFilter = (start: number, end: number) => boolean;

/**
 * Find the quote verbatim in the window around `hint`. The best context
 * agreement wins, then the nearest to the hint; an exact tie is ambiguous.
 */
export function findQuoteNear(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  isCandidate: SpanFilter,
): QuoteSearch {
  const window = findSearchWindow(text.length, hint, quote.exact.length);
  const starts = listOccurrences(text, quote.exact, window.from, window.to, isCandidate);
  return pickByContext(text, quote, hint, starts);
}

/**
 * Find the quote verbatim anywhere, for a paragraph moved further than the
 * window. Distance means nothing this far away, so a tie in context stays
 * ambiguous.
 */
export function findMovedQuote(text: string, quote: TextQuoteSelector, isCandidate: SpanFilter): QuoteSearch {
  return pickByContext(text, quote, null, listOccurrences(text, quote.exact, 0, text.length, isCandidate));
}

/** Starts of the occurrences of `exact` lying wholly inside text[from, to) that pass the filter. */
function listOccurrences(
  text: string,
  exact: string,
  from: number,
  to: number,
  isCandidate: SpanFilter,
): number[] {
  const starts: number[] = [];
  if (exact === "") return starts;
  for (
    let at = text.indexOf(exact, from);
    at !== -1 && at + exact.length <= to;
    at = text.indexOf(exact, at + 1)
  ) {
    if (isCandidate(at, at + exact.length)) starts.push(at);
  }
  return starts;
}

function pickByContext(
  text: string,
  quote: TextQuoteSelector,
  hint: number | null,
  starts: readonly number[],
): QuoteSearch {
  let best: { start: number; agreement: number; distance: number } | null = null;
  let isTied = false;
  for (const start of starts) {
    const agreement = measureContextAgreement(text, start, start + quote.exact.length, quote);
    if (agreement < MIN_CONTEXT_AGREEMENT) continue;
    const distance = hint === null ? 0 : Math.abs(start - hint);
    const order = best === null ? -1 : best.agreement - agreement || distance - best.distance;
    if (order < 0) {
      best = { start, agreement, distance };
      isTied = false;
    } else if (order === 0) {
      isTied = true;
    }
  }
  if (best === null) return { kind: "missing" };
  if (isTied) return { kind: "ambiguous" };
  return { kind: "found", start: best.start, end: best.start + quote.exact.length };
}
