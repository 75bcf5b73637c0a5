import { compareDueWork, dateToDueDay, isOverdue } from "@/lib/assignments/due-dates";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { StatusRules } from "@/lib/review/claim-status";
import { needsVerdictWhere } from "./queue-filters";
import {
  findClaimQueue,
  queueClaimInclude,
  toClaimQueueItem,
  type CappedQueue,
  type ClaimQueueItem,
} from "./queue-items";

/** A claim someone owns, with when it is due. */
export interface AssignedClaimItem extends ClaimQueueItem {
  /** The claim's due day, or its article's when the claim has none (YYYY-MM-DD). */
  dueAt: string | null;
  overdue: boolean;
  /** "article": owned through the article's assignment (the claim has no assignee of its own). */
  via: "claim" | "article";
}

export interface AssignmentQueues {
  assignedToYou: CappedQueue<AssignedClaimItem>;
  /** Claims needing a verdict that neither the claim nor its article assigns to anyone. */
  notTaken: CappedQueue<ClaimQueueItem>;
}

/** Work still open: an approved or dismissed claim needs nothing more of its owner. */
const openStatuses = { notIn: ["approved", "dismissed"] };

export const assignedToWhere = (userId: string) =>
  ({ assigneeId: userId, status: openStatuses }) satisfies Prisma.ClaimWhereInput;
export const assignedThroughArticleWhere = (userId: string) =>
  ({
    assigneeId: null,
    status: openStatuses,
    article: { assigneeId: userId },
  }) satisfies Prisma.ClaimWhereInput;
export const notTakenWhere = {
  ...needsVerdictWhere,
  assigneeId: null,
  article: { assigneeId: null },
} satisfies Prisma.ClaimWhereInput;

/** The assignment queues of `userId`, each its first `limit` items with its total. */
export async function findAssignmentQueues({
  userId,
  rules,
  limit,
  now = new Date(),
}: {
  userId: string;
  rules: StatusRules;
  limit: number;
  now?: Date;
}): Promise<AssignmentQueues> {
  const [assignedToYou, notTaken] = await Promise.all([
    findAssignedToYou(userId, rules, limit, now),
    findClaimQueue(notTakenWhere, rules, limit),
  ]);
  return { assignedToYou, notTaken };
}

/**
 * Overdue first, then by due day, undated last (compareDueWork). The order
 * mixes the claim's and the article's due day, which no index sorts, so the
 * keys of the user's open assigned claims are read (their own work: small,
 * through the (assigneeId, status) indexes), sorted, and only the first
 * `limit` loaded in full.
 */
async function findAssignedToYou(
  userId: string,
  rules: StatusRules,
  limit: number,
  now: Date,
): Promise<CappedQueue<AssignedClaimItem>> {
  const keySelect = { id: true, dueAt: true, createdAt: true, article: { select: { dueAt: true } } } as const;
  const [direct, throughArticle] = await Promise.all([
    db.claim.findMany({ where: assignedToWhere(userId), select: keySelect }),
    db.claim.findMany({ where: assignedThroughArticleWhere(userId), select: keySelect }),
  ]);
  const keys = [
    ...direct.map((row) => ({ ...row, via: "claim" as const })),
    ...throughArticle.map((row) => ({ ...row, via: "article" as const })),
  ].map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    via: row.via,
    dueAt: dateToDueDay(row.dueAt ?? row.article.dueAt),
  }));
  const first = keys.sort(compareDueWork).slice(0, limit);
  const rows = await db.claim.findMany({
    where: { id: { in: first.map((key) => key.id) } },
    include: queueClaimInclude,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items = first.flatMap((key) => {
    const row = byId.get(key.id);
    return row
      ? [
          {
            ...toClaimQueueItem(row, rules),
            dueAt: key.dueAt,
            overdue: isOverdue(key.dueAt, now),
            via: key.via,
          },
        ]
      : [];
  });
  return { items, total: keys.length };
}
