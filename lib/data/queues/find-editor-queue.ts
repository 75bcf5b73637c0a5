import { db } from "@/lib/db/client";
import type { StatusRules } from "@/lib/review/claim-status";
import { queueClaimInclude, queueClaimOrder, toClaimQueueItem, type ClaimQueueItem } from "./queue-items";

export interface EditorQueue {
  needsVerdict: ClaimQueueItem[];
  disputed: ClaimQueueItem[];
}

/**
 * Claims waiting on an editor, uncapped: those with no submitted verdict and
 * those whose submitted verdicts disagree. A dispute needs two submitted
 * verdicts, which Prisma's `where` cannot count, so a grouped count finds
 * those candidates first; both kinds are then loaded in one query and
 * `deriveClaimStatus` decides.
 */
export async function findEditorQueue({ rules }: { rules: StatusRules }): Promise<EditorQueue> {
  const contested = await db.verdict.groupBy({
    by: ["claimId"],
    where: { state: "submitted" },
    having: { claimId: { _count: { gt: 1 } } },
  });
  const claims = await db.claim.findMany({
    where: {
      dismissedAt: null,
      OR: [
        { verdicts: { none: { state: "submitted" } } },
        { id: { in: contested.map((group) => group.claimId) } },
      ],
    },
    include: queueClaimInclude,
    orderBy: queueClaimOrder,
  });
  const items = claims.map((claim) => toClaimQueueItem(claim, rules));
  return {
    needsVerdict: items.filter((item) => item.status === "needs_verdict"),
    disputed: items.filter((item) => item.status === "disputed"),
  };
}
