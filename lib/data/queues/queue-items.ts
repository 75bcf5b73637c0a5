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
