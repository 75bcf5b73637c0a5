import { unique } from "@/lib/data/statuses/unique";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { claimStatusInclude, describeClaimStatus } from "@/lib/data/claims/claim-status-query";
import type { ArticleSummary } from "@/lib/review/article-summary";
import type { ClaimStatus, StatusRules } from "@/lib/review/claim-status";
import type { DisplayedRating } from "@/lib/review/displayed-ratings";

/** A claim as a "My work" queue lists it: enough to recognise it and open it. */
export interface ClaimQueueItem {
  claimId: string;
  statement: string;
  article: { id: string; title: string };
  status: ClaimStatus;
  ratings: DisplayedRating[];
}

/** The first `items` of a queue and how many it holds in all. */
export interface CappedQueue<T> {
  items: T[];
  total: number;
}

/** An article as a queue lists it, with its progress. */
export interface ArticleQueueItem {
  articleId: string;
  title: string;
  summary: ArticleSummary;
}

/** Every claim queue loads the status facts plus the article's title. */
export const queueClaimInclude = {
  ...claimStatusInclude,
  article: { select: { id: true, title: true } },
} satisfies Prisma.ClaimInclude;

/**
 * Oldest article first, then text order: queues are worked first in, first
 * out, and a long list still reads article by article.
 */
export const queueClaimOrder = [
  { article: { createdAt: "asc" } },
  { articleId: "asc" },
  { start: "asc" },
  { end: "desc" },
] satisfies Prisma.ClaimOrderByWithRelationInput[];

export type QueueClaimRow = Prisma.ClaimGetPayload<{ include: typeof queueClaimInclude }>;

export function toClaimQueueItem(claim: QueueClaimRow, rules: StatusRules): ClaimQueueItem {
  return {
    claimId: claim.id,
    statement: claim.statement,
    article: claim.article,
    ...describeClaimStatus(claim, rules),
  };
}

/** The first `limit` claims matching `where`, in queue order, and how many match. */
export async function findClaimQueue(
  where: Prisma.ClaimWhereInput,
  rules: StatusRules,
  limit: number,
): Promise<CappedQueue<ClaimQueueItem>> {
  const [rows, total] = await Promise.all([
    db.claim.findMany({ where, include: queueClaimInclude, orderBy: queueClaimOrder, take: limit }),
    db.claim.count({ where }),
  ]);
  return { items: rows.map((row) => toClaimQueueItem(row, rules)), total };
}

/**
 * The claims of the verdicts matching `where` as a queue: for queues of one
 * user's own verdicts, found through Verdict (authorId, state) so the cost
 * follows that user's work.
 */
export async function findClaimQueueOfVerdicts(
  where: Prisma.VerdictWhereInput,
  rules: StatusRules,
  limit: number,
): Promise<CappedQueue<ClaimQueueItem>> {
  const claimIds = await findClaimIdsOfVerdicts(where);
  const rows = await db.claim.findMany({
    where: { id: { in: claimIds } },
    include: queueClaimInclude,
    orderBy: queueClaimOrder,
    take: limit,
  });
  return { items: rows.map((row) => toClaimQueueItem(row, rules)), total: claimIds.length };
}

/** The distinct claims of the verdicts matching `where`. */
export async function findClaimIdsOfVerdicts(where: Prisma.VerdictWhereInput): Promise<string[]> {
  const verdicts = await db.verdict.findMany({ where, select: { claimId: true } });
  return unique(verdicts.map((verdict) => verdict.claimId));
}
