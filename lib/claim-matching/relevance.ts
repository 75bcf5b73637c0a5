import { RERANKER_MODEL } from "./reranker-model";

/**
 * A match's score in words for reviewers. The bands were chosen on train (cross-validated): from
 * "very likely" nine in ten matches were the claim repeated, from "likely" six in ten (see README.md).
 */
export function relevanceLabel(score: number, bands = RERANKER_MODEL.bands): string {
  if (score >= bands.veryLikely) return "very likely the same claim";
  if (score >= bands.likely) return "likely the same claim";
  return "possibly related";
}
