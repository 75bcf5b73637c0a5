import { claimStatuses, type ClaimStatus } from "./claim-status";

export interface ArticleSummary {
  total: number;
  counts: Record<ClaimStatus, number>;
  /** ratingKey → number of approved claims with that rating. */
  byRating: Record<string, number>;
  /** approved / (total - dismissed); 0 when no claim is left after dismissals. */
  approvedShare: number;
  /** Integer 0–100: (approved + dismissed) / total, rounded down so 100 means truly done. */
  percentDone: number;
  readyToPublish: boolean;
}

/**
 * Roll claim statuses up into the article's progress. `readyToPublish`
 * requires at least one claim: an article with no claims marked has not been
 * checked, so it is not ready. Beyond that, every claim that is not dismissed
 * must be approved.
 */
export function summarizeArticle(
  claims: ReadonlyArray<{ status: ClaimStatus; ratingKey?: string | null }>,
): ArticleSummary {
  const counts = Object.fromEntries(claimStatuses.map((status) => [status, 0])) as Record<
    ClaimStatus,
    number
  >;
  const byRating: Record<string, number> = {};
  for (const claim of claims) {
    counts[claim.status] += 1;
    if (claim.status === "approved" && claim.ratingKey) {
      byRating[claim.ratingKey] = (byRating[claim.ratingKey] ?? 0) + 1;
    }
  }

  const total = claims.length;
  const remaining = total - counts.dismissed;
  const done = counts.approved + counts.dismissed;
  return {
    total,
    counts,
    byRating,
    approvedShare: remaining === 0 ? 0 : counts.approved / remaining,
    percentDone: total === 0 ? 0 : Math.floor((done * 100) / total),
    readyToPublish: total > 0 && done === total,
  };
}
