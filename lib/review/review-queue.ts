import {
  deriveClaimStatus,
  reviewStateOf,
  type ClaimFacts,
  type ClaimStatus,
  type StatusRules,
  type VerdictFact,
} from "./claim-status";

/*
 * Which of a claim's verdicts ask something of one user, for the "My work"
 * queues. Pure: it reads the same facts as `deriveClaimStatus` and leaves
 * every status rule to claim-status.ts.
 */

/** Claim statuses in which a review can still change the outcome. */
export const reviewableStatuses: ReadonlySet<ClaimStatus> = new Set([
  "in_review",
  "changes_requested",
  "disputed",
]);

/**
 * Submitted verdicts `reviewerId` wrote no part of (canReviewVerdict's rule)
 * whose current revision they have not reviewed yet, on a claim that is still open for review (in review,
 * changes requested or disputed). A review of an older revision does not
 * count: a new revision needs a new review.
 */
export function verdictsAwaitingReview(
  claim: ClaimFacts,
  reviewerId: string,
  rules: StatusRules,
): VerdictFact[] {
  if (!reviewableStatuses.has(deriveClaimStatus(claim, rules))) return [];
  return claim.verdicts.filter(
    (verdict) =>
      verdict.state === "submitted" &&
      verdict.authorId !== reviewerId &&
      !verdict.revisionAuthorIds?.includes(reviewerId) &&
      !verdict.reviews.some(
        (review) => review.reviewerId === reviewerId && review.version === verdict.version,
      ),
  );
}

/**
 * `authorId`'s verdicts whose current revision a reviewer sent back. Closed
 * verdicts and dismissed claims need no more work, so they are left out; a
 * draft still carrying a request for changes is included, so the request is
 * not lost whichever way the author reworks it.
 */
export function verdictsWithChangesRequested(
  claim: ClaimFacts,
  authorId: string,
  rules: StatusRules,
): VerdictFact[] {
  if (claim.dismissed) return [];
  return claim.verdicts.filter(
    (verdict) =>
      verdict.authorId === authorId &&
      verdict.state !== "closed" &&
      reviewStateOf(verdict, rules).changesRequested,
  );
}

/** `authorId`'s draft verdicts, except those already listed as having changes requested. */
export function draftVerdictsOf(claim: ClaimFacts, authorId: string, rules: StatusRules): VerdictFact[] {
  const sentBack = new Set(verdictsWithChangesRequested(claim, authorId, rules).map((verdict) => verdict.id));
  return claim.verdicts.filter(
    (verdict) => verdict.authorId === authorId && verdict.state === "draft" && !sentBack.has(verdict.id),
  );
}
