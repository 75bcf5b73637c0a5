import { db } from "@/lib/db/client";
import {
  claimStatusInclude,
  countApprovedRatings,
  describeClaimStatus,
  summarizeClaims,
  type RatingCount,
} from "@/lib/data/claims/claim-status-query";
import { getSettings } from "@/lib/data/settings/get-settings";
import type { ArticleSummary } from "@/lib/review/article-summary";

export interface ArticleListItem {
  id: string;
  title: string;
  publishedAt: Date | null;
  sourceUrl: string | null;
  dateline: string | null;
  summary: ArticleSummary;
  ratingCounts: RatingCount[];
}

/** Every article, newest first, with its claims' aggregated status. */
export async function listArticles(): Promise<ArticleListItem[]> {
  const [settings, articles] = await Promise.all([
    getSettings(),
    db.article.findMany({
      orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
      include: { claims: { include: claimStatusInclude } },
    }),
  ]);
  return articles.map((article) => {
    const statuses = article.claims.map((claim) => describeClaimStatus(claim, settings));
    return {
      id: article.id,
      title: article.title,
      publishedAt: article.publishedAt,
      sourceUrl: article.sourceUrl,
      dateline: article.dateline,
      summary: summarizeClaims(statuses),
      ratingCounts: countApprovedRatings(statuses),
    };
  });
}
