import { db } from "@/lib/db/client";
import {
  claimStatusInclude,
  describeClaimStatus,
  summarizeClaims,
} from "@/lib/data/claims/claim-status-query";
import type { StatusRules } from "@/lib/review/claim-status";
import { readyToPublishWhere } from "./queue-filters";
import type { ArticleQueueItem, CappedQueue } from "./queue-items";

/** The first `limit` articles ready to publish, oldest first, with their progress. */
export async function findArticlesReadyToPublish({
  rules,
  limit,
}: {
  rules: StatusRules;
  limit: number;
}): Promise<CappedQueue<ArticleQueueItem>> {
  const [articles, total] = await Promise.all([
    db.article.findMany({
      where: readyToPublishWhere,
      include: { claims: { include: claimStatusInclude } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
    }),
    db.article.count({ where: readyToPublishWhere }),
  ]);
  return {
    items: articles.map((article) => ({
      articleId: article.id,
      title: article.title,
      summary: summarizeClaims(article.claims.map((claim) => describeClaimStatus(claim, rules))),
    })),
    total,
  };
}
