import type { StatusRules } from "@/lib/review/claim-status";
import { awaitingReviewWhere, changesRequestedVerdictWhere, draftVerdictWhere } from "./queue-filters";
import {
  findClaimQueue,
  findClaimQueueOfVerdicts,
  type CappedQueue,
  type ClaimQueueItem,
} from "./queue-items";

export interface ReviewQueue {
  awaitingReview: CappedQueue<ClaimQueueItem>;
  changesRequested: CappedQueue<ClaimQueueItem>;
  drafts: CappedQueue<ClaimQueueItem>;
}

/** A reviewer's queues, each its first `limit` claims with its total. */
export async function findReviewQueue({
  userId,
  rules,
  limit,
}: {
  userId: string;
  rules: StatusRules;
  limit: number;
}): Promise<ReviewQueue> {
  const [awaitingReview, changesRequested, drafts] = await Promise.all([
    findClaimQueue(awaitingReviewWhere(userId), rules, limit),
    findClaimQueueOfVerdicts(changesRequestedVerdictWhere(userId), rules, limit),
    findClaimQueueOfVerdicts(draftVerdictWhere(userId), rules, limit),
  ]);
  return { awaitingReview, changesRequested, drafts };
}
