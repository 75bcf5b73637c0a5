import { db } from "@/lib/db/client";
import { toClaimFacts } from "@/lib/data/claims/claim-status-query";
import type { ClaimFacts, StatusRules, VerdictFact } from "@/lib/review/claim-status";
import {
  draftVerdictsOf,
  verdictsAwaitingReview,
  verdictsWithChangesRequested,
} from "@/lib/review/review-queue";
import {
  queueClaimInclude,
  queueClaimOrder,
  toClaimQueueItem,
  type ClaimQueueItem,
  type QueueClaimRow,
} from "./queue-items";

export interface ReviewQueue {
  awaitingReview: ClaimQueueItem[];
  changesRequested: ClaimQueueItem[];
  drafts: ClaimQueueItem[];
}

/**
 * A reviewer's queues, uncapped. The `where` clauses only narrow the rows
 * (a verdict by someone else with a revision this user has not reviewed; a
 * draft or a sent-back verdict of theirs): Prisma cannot compare a review's
 * revision with `currentVersion`, so the exact selection is left to the pure
 * rules in lib/review/review-queue.ts.
 */
export async function findReviewQueue({
  userId,
  rules,
}: {
  userId: string;
  rules: StatusRules;
}): Promise<ReviewQueue> {
  const [othersVerdicts, ownVerdicts] = await Promise.all([
    db.claim.findMany({
      where: {
        dismissedAt: null,
        verdicts: {
          some: {
            state: "submitted",
            authorId: { not: userId },
            revisions: { some: { reviews: { none: { reviewerId: userId } } } },
          },
        },
      },
      include: queueClaimInclude,
      orderBy: queueClaimOrder,
    }),
    db.claim.findMany({
      where: {
        verdicts: {
          some: {
            authorId: userId,
            OR: [
              { state: "draft" },
              {
                state: "submitted",
                revisions: { some: { reviews: { some: { decision: "request_changes" } } } },
              },
            ],
          },
        },
      },
      include: queueClaimInclude,
      orderBy: queueClaimOrder,
    }),
  ]);
  return {
    awaitingReview: claimsWith(othersVerdicts, rules, (facts) =>
      verdictsAwaitingReview(facts, userId, rules),
    ),
    changesRequested: claimsWith(ownVerdicts, rules, (facts) =>
      verdictsWithChangesRequested(facts, userId, rules),
    ),
    drafts: claimsWith(ownVerdicts, rules, (facts) => draftVerdictsOf(facts, userId, rules)),
  };
}

/** The claims for which `pick` finds at least one verdict, as queue items. */
function claimsWith(
  rows: QueueClaimRow[],
  rules: StatusRules,
  pick: (facts: ClaimFacts) => VerdictFact[],
): ClaimQueueItem[] {
  return rows.filter((row) => pick(toClaimFacts(row)).length > 0).map((row) => toClaimQueueItem(row, rules));
}
