/*
 * A reviewer's own standing on one revision. Only their latest review counts
 * (the rule reviewStateOf applies too): approving after a request for
 * changes withdraws the request, and asking for changes after approving
 * withdraws the approval. So the one thing that never makes sense is
 * approving again while one's latest word on the revision is already an
 * approval: it would count nothing new and list the reviewer twice.
 */

/** What this file needs of a review; claim-status.ts's ReviewFact has these fields. */
export interface ReviewOfRevision {
  reviewerId: string;
  decision: string;
  createdAt: Date;
}

/**
 * The latest of `reviewerId`'s reviews among `reviews` (all on one
 * revision), or null. On equal timestamps the later entry wins, matching
 * insertion order.
 */
export function latestReviewBy<T extends ReviewOfRevision>(
  reviews: readonly T[],
  reviewerId: string,
): T | null {
  let latest: T | null = null;
  for (const review of reviews) {
    if (review.reviewerId !== reviewerId) continue;
    if (latest === null || review.createdAt.getTime() >= latest.createdAt.getTime()) latest = review;
  }
  return latest;
}

/** Each reviewer's latest review among `reviews` (all on one revision), in order of first review. */
export function latestReviews<T extends ReviewOfRevision>(reviews: readonly T[]): T[] {
  const reviewerIds = new Set(reviews.map((review) => review.reviewerId));
  return [...reviewerIds].flatMap((reviewerId) => latestReviewBy(reviews, reviewerId) ?? []);
}

/** True when `reviewerId`'s latest review among `reviews` (all on one revision) is an approval. */
export function hasApprovedRevision(reviews: readonly ReviewOfRevision[], reviewerId: string): boolean {
  return latestReviewBy(reviews, reviewerId)?.decision === "approve";
}
