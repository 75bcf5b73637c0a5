import { db } from "@/lib/db/client";
import {
  claimStatusInclude,
  describeClaimStatus,
  summarizeClaims,
} from "@/lib/data/claims/claim-status-query";
import type { StatusRules } from "@/lib/review/claim-status";
import type { ArticleQueueItem } from "./queue-items";

/**
 * Articles whose every claim is approved or dismissed and that have no live
 * report, oldest first. The `where` skips articles with no claims or with a
 * claim still needing a verdict; the article summary decides the rest. An
 * article with a live (not withdrawn) report is left out so publishing clears
 * it from the queue; the trade-off is that a change after publishing does not
 * bring it back.
 */
export async function findArticlesReadyToPublish({
  rules,
}: {
  rules: StatusRules;
}): Promise<ArticleQueueItem[]> {
  const articles = await db.article.findMany({
    where: {
      claims: { some: {}, none: { dismissedAt: null, verdicts: { none: { state: "submitted" } } } },
      publications: { none: { withdrawnAt: null } },
    },
    include: { claims: { include: claimStatusInclude } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return articles
    .map((article) => ({
      articleId: article.id,
      title: article.title,
      summary: summarizeClaims(article.claims.map((claim) => describeClaimStatus(claim, rules))),
    }))
    .filter((item) => item.summary.readyToPublish);
}
