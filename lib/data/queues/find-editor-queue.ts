import type { StatusRules } from "@/lib/review/claim-status";
import { disputedWhere, needsVerdictWhere } from "./queue-filters";
import { findClaimQueue, type CappedQueue, type ClaimQueueItem } from "./queue-items";

export interface EditorQueue {
  needsVerdict: CappedQueue<ClaimQueueItem>;
  disputed: CappedQueue<ClaimQueueItem>;
}

/** Claims waiting on an editor: no submitted verdict yet, or submitted verdicts that disagree. */
export async function findEditorQueue({
  rules,
  limit,
}: {
  rules: StatusRules;
  limit: number;
}): Promise<EditorQueue> {
  const [needsVerdict, disputed] = await Promise.all([
    findClaimQueue(needsVerdictWhere, rules, limit),
    findClaimQueue(disputedWhere, rules, limit),
  ]);
  return { needsVerdict, disputed };
}
