import { latestReviewBy } from "../review/own-review";

/*
 * The reliability data behind every agreement figure in the app: what each
 * reviewer said a claim's rating is.
 *
 * - Units are claims; coders are reviewers (anyone who wrote or reviewed a
 *   verdict: reviewers and admins).
 * - A reviewer's value for a claim is the rating of their own latest
 *   submitted verdict revision on it (a revision they wrote: an admin's edit
 *   of someone's verdict is the admin's). Revisions of closed verdicts count:
 *   a dispute resolved against a reviewer was still their judgement, and
 *   disputes are where disagreement shows. Drafts never count.
 * - A reviewer without a submitted revision of their own on the claim, who
 *   approved someone else's revision, agreed with it: their value is that
 *   revision's rating (the latest such approval, if several). An approval
 *   they later withdrew by asking for changes (latestReviewBy) does not
 *   count, and asking for changes gives no value: it says the verdict is
 *   not right yet, not what the rating should be.
 * - A claim with fewer than two values cannot be paired, and adds nothing.
 *
 * Each value carries when it was given (submittedAt, or the approval's
 * createdAt) so a claim can be dated by its latest value (datedAt).
 */

export interface ReviewOfRevisionFact {
  reviewerId: string;
  decision: string;
  createdAt: Date;
}

/** One revision of any verdict on the claim, as stored. */
export interface RevisionFact {
  authorId: string;
  ratingKey: string;
  /** Null for drafts. */
  submittedAt: Date | null;
  reviews: readonly ReviewOfRevisionFact[];
}

export interface ReviewerValue {
  reviewerId: string;
  ratingKey: string;
  /** When the value was given: the revision's submission, or the approval. */
  at: Date;
  from: "own_verdict" | "approval";
}

/** Each reviewer's value for one claim, from every revision of every verdict on it; sorted by reviewer id. */
export function reviewerValuesOf(revisions: readonly RevisionFact[]): ReviewerValue[] {
  const own = new Map<string, ReviewerValue>();
  const approved = new Map<string, ReviewerValue>();
  for (const revision of revisions) {
    if (revision.submittedAt === null) continue;
    keepLatest(own, {
      reviewerId: revision.authorId,
      ratingKey: revision.ratingKey,
      at: revision.submittedAt,
      from: "own_verdict",
    });
    for (const reviewerId of new Set(revision.reviews.map((review) => review.reviewerId))) {
      if (reviewerId === revision.authorId) continue;
      const latest = latestReviewBy(revision.reviews, reviewerId);
      if (latest?.decision !== "approve") continue;
      keepLatest(approved, {
        reviewerId,
        ratingKey: revision.ratingKey,
        at: latest.createdAt,
        from: "approval",
      });
    }
  }
  const values = [...own.values(), ...[...approved.values()].filter((value) => !own.has(value.reviewerId))];
  return values.sort((a, b) => (a.reviewerId < b.reviewerId ? -1 : a.reviewerId > b.reviewerId ? 1 : 0));
}

/** On equal times the later entry wins, as latestReviewBy does. */
function keepLatest(values: Map<string, ReviewerValue>, candidate: ReviewerValue): void {
  const current = values.get(candidate.reviewerId);
  if (!current || candidate.at.getTime() >= current.at.getTime()) values.set(candidate.reviewerId, candidate);
}

/** When a claim's reliability data took its present form: its latest value, or null without values. */
export function datedAt(values: readonly ReviewerValue[]): Date | null {
  let latest: Date | null = null;
  for (const value of values) if (!latest || value.at > latest) latest = value.at;
  return latest;
}
