import { RERANKER_MODEL } from "./reranker-model";

/**
 * Below this word overlap (Match.overlap) a top match was the claim repeated only 14 times in 40 on train
 * (800 tweets, the 10k claims), whatever its score; below `UNRELATED_OVERLAP`, 0 times in 5. A small
 * archive makes it worse: with few candidates, one rare shared word (a place name) can score 0.25 or more.
 */
export const WEAK_OVERLAP = 0.2;
export const UNRELATED_OVERLAP = 0.15;

/**
 * A match's score in words for reviewers. The bands were chosen on train (cross-validated): from
 * "very likely" nine in ten matches were the claim repeated, from "likely" six in ten (see README.md).
 * A match sharing little of the words' weight is only ever "possibly related".
 */
export function relevanceLabel(score: number, overlap = 1, bands = RERANKER_MODEL.bands): string {
  if (overlap < WEAK_OVERLAP) return "possibly related";
  if (score >= bands.veryLikely) return "very likely the same claim";
  if (score >= bands.likely) return "likely the same claim";
  return "possibly related";
}

/** How many matches a claim shows at most. */
export const MATCHES_SHOWN = 5;

/**
 * Whether a claim's automatic matches show an entry: below a third of the "likely" band a candidate
 * mostly shares a word or two with the claim, not the claim, and so does one below `UNRELATED_OVERLAP`.
 * Searching by hand shows everything.
 */
export function shownMatch(match: { score: number; overlap: number }, bands = RERANKER_MODEL.bands): boolean {
  return match.score >= bands.likely / 3 && match.overlap >= UNRELATED_OVERLAP;
}
