import search from "approx-string-match";
import type { AnchoredClaim } from "@/lib/anchoring/reanchor";
import type { Span } from "./edits";

/*
 * The baseline: re-anchor each claim on its own, the way Hypothesis's
 * match-quote.ts does, with no knowledge of the previous revision. Exact
 * occurrences of the quote anywhere in the text if there are any, else
 * approximate matches with up to min(256, length / 2) errors; every candidate
 * is scored on the quote, its context and its distance from the old
 * position, and the best one wins, however poor. Written for the benchmark
 * only: it is what reanchor.ts is measured against.
 */

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** One result per claim, in input order: the chosen span, or null when nothing matched within the error bound. */
export function reanchorWithBaseline(newText: string, claims: readonly AnchoredClaim[]): Array<Span | null> {
  return claims.map((claim) => matchQuoteBaseline(newText, claim));
}

function matchQuoteBaseline(text: string, claim: AnchoredClaim): Span | null {
  const length = claim.exact.length;
  if (length === 0) return null;
  const candidates = findCandidates(text, claim.exact, Math.min(256, Math.floor(length / 2)));
  let best: Span | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const quoteScore = 1 - candidate.errors / length;
    const prefixScore = scoreText(
      text.slice(Math.max(0, candidate.start - claim.prefix.length), candidate.start),
      claim.prefix,
    );
    const suffixScore = scoreText(
      text.slice(candidate.end, candidate.end + claim.suffix.length),
      claim.suffix,
    );
    const positionScore = 1 - Math.abs(candidate.start - claim.start) / text.length;
    const score =
      QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * positionScore;
    if (score > bestScore) {
      bestScore = score;
      best = { start: candidate.start, end: candidate.end };
    }
  }
  return best;
}

/** Exact occurrences when there are any (a cheap indexOf loop), else the best approximate matches. */
function findCandidates(text: string, pattern: string, maxErrors: number) {
  const exact: Array<{ start: number; end: number; errors: number }> = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : search(text, pattern, maxErrors);
}

/** Similarity of a context string to the text found in its place, 0–1; an empty saved context scores 1. */
function scoreText(found: string, saved: string): number {
  if (saved.length === 0) return 1;
  if (found.length === 0) return 0;
  const matches = findCandidates(found, saved, saved.length);
  return 1 - (matches[0]?.errors ?? saved.length) / saved.length;
}
