import { AppError } from "../errors/app-error";
import { latestReviews } from "./own-review";

/*
 * THE one place a claim's review status is derived. Pages, API routes and
 * reports call `deriveClaimStatus` on facts loaded from the database. The
 * copy stored for queues and filters (Claim.status and friends) is written
 * only by lib/data/statuses/sync-statuses.ts, from this function's answer.
 */

export const claimStatuses = [
  "needs_verdict",
  "in_review",
  "changes_requested",
  "disputed",
  "approved",
  "dismissed",
] as const;

export type ClaimStatus = (typeof claimStatuses)[number];

export interface ReviewFact {
  reviewerId: string;
  /** The verdict revision this review was given on. */
  version: number;
  decision: "approve" | "request_changes";
  createdAt: Date;
}

export interface VerdictFact {
  id: string;
  authorId: string;
  state: "draft" | "submitted" | "closed";
  /** Current revision number. */
  version: number;
  /** Rating of the current revision. */
  ratingKey: string;
  reviews: ReviewFact[];
  /** Who wrote each revision, when known: none of them may review it (separation of duties). */
  revisionAuthorIds?: readonly string[];
}

export interface ClaimFacts {
  dismissed: boolean;
  verdicts: VerdictFact[];
}

export interface StatusRules {
  /** Distinct non-author approvals a verdict needs; default 1. */
  approvalThreshold: number;
}

export interface VerdictReviewState {
  approvals: number;
  changesRequested: boolean;
  approved: boolean;
}

export const defaultStatusRules: StatusRules = { approvalThreshold: 1 };

/**
 * Review state of one verdict. Only reviews on its current version count,
 * never the author's own, and for each reviewer only their latest review (by
 * createdAt), so a reviewer can withdraw a request for changes by approving.
 */
export function reviewStateOf(verdict: VerdictFact, rules: StatusRules): VerdictReviewState {
  assertValidRules(rules);
  const counted = verdict.reviews.filter(
    (review) => review.version === verdict.version && review.reviewerId !== verdict.authorId,
  );
  const latest = latestReviews(counted);
  const approvals = latest.filter((review) => review.decision === "approve").length;
  const changesRequested = latest.some((review) => review.decision === "request_changes");
  return { approvals, changesRequested, approved: !changesRequested && approvals >= rules.approvalThreshold };
}

/**
 * Status of a claim, in order of precedence: dismissed; needs_verdict when no
 * verdict is submitted (drafts and closed verdicts do not count); disputed when
 * submitted verdicts disagree on the rating (agreeing ones are reviewers
 * converging); changes_requested; approved; otherwise in_review.
 */
export function deriveClaimStatus(claim: ClaimFacts, rules: StatusRules = defaultStatusRules): ClaimStatus {
  if (claim.dismissed) return "dismissed";
  const submitted = claim.verdicts.filter((verdict) => verdict.state === "submitted");
  if (submitted.length === 0) return "needs_verdict";
  if (new Set(submitted.map((verdict) => verdict.ratingKey)).size > 1) return "disputed";
  const states = submitted.map((verdict) => reviewStateOf(verdict, rules));
  if (states.some((state) => state.changesRequested)) return "changes_requested";
  if (states.some((state) => state.approved)) return "approved";
  return "in_review";
}

function assertValidRules(rules: StatusRules): void {
  if (!Number.isInteger(rules.approvalThreshold) || rules.approvalThreshold < 1) {
    throw new AppError("VALIDATION", "The approval threshold must be a whole number of at least 1.");
  }
}
