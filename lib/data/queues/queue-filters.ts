import type { Prisma } from "@/lib/db/generated/client";
import { reviewableStatuses } from "@/lib/review/review-queue";

/*
 * What puts a claim or an article in each "My work" queue, as `where`
 * clauses on the stored statuses (lib/data/statuses/sync-statuses.ts), so
 * every queue is an indexed query whose cost follows the open work, not the
 * archive. Lists and counts share them, so the header's count is always the
 * sum of the queues' totals. The rules they mirror are in
 * lib/review/review-queue.ts (checked against it in queues.int.test.ts).
 */

/**
 * A submitted verdict `reviewerId` wrote no revision of (separation of
 * duties) and whose current revision they have not reviewed, on a claim
 * still open for review.
 */
export function awaitingReviewWhere(reviewerId: string): Prisma.ClaimWhereInput {
  return {
    status: { in: [...reviewableStatuses] },
    verdicts: {
      some: {
        state: "submitted",
        authorId: { not: reviewerId },
        revisions: {
          none: { OR: [{ authorId: reviewerId }, { current: true, reviews: { some: { reviewerId } } }] },
        },
      },
    },
  };
}

/**
 * `authorId`'s open verdicts whose current revision a reviewer sent back, on
 * claims not dismissed. Asked of Verdict (authorId, state), not of Claim: an
 * EXISTS from every claim would read the whole archive.
 */
export function changesRequestedVerdictWhere(authorId: string): Prisma.VerdictWhereInput {
  return {
    authorId,
    state: { in: ["draft", "submitted"] },
    changesRequested: true,
    claim: { dismissedAt: null },
  };
}

/** `authorId`'s drafts, except those already listed as sent back (which only counts on a live claim). */
export function draftVerdictWhere(authorId: string): Prisma.VerdictWhereInput {
  return {
    authorId,
    state: "draft",
    OR: [{ changesRequested: false }, { claim: { dismissedAt: { not: null } } }],
  };
}

export const needsVerdictWhere = { status: "needs_verdict" } satisfies Prisma.ClaimWhereInput;

export const disputedWhere = { status: "disputed" } satisfies Prisma.ClaimWhereInput;

/**
 * Articles whose every claim is approved or dismissed and that have no live
 * report. An article with a live (not withdrawn) report is left out so
 * publishing clears it from the queue; the trade-off is that a change after
 * publishing does not bring it back.
 */
export const readyToPublishWhere = {
  status: "ready_to_publish",
  publications: { none: { withdrawnAt: null } },
} satisfies Prisma.ArticleWhereInput;

/** The order of the (status, createdAt) indexes on Claim and Article. */
export const statusIndexOrder = [{ status: "asc" as const }, { createdAt: "asc" as const }];
