import { cache } from "react";
import { db } from "@/lib/db/client";
import {
  claimStatusInclude,
  countApprovedRatings,
  summarizeClaims,
  type RatingCount,
} from "@/lib/data/claims/claim-status-query";
import { claimViewExtrasInclude, toClaimView, type ClaimView } from "@/lib/data/claims/claim-view";
import { dateToDueDay } from "@/lib/assignments/due-dates";
import { getSettings } from "@/lib/data/settings/get-settings";
import type { ArticleSummary } from "@/lib/review/article-summary";

export type { ClaimView };

export interface ArticleView {
  id: string;
  title: string;
  byline: string | null;
  dateline: string | null;
  publishedAt: Date | null;
  sourceUrl: string | null;
  revision: number;
  text: string;
  claims: ClaimView[];
  summary: ArticleSummary;
  ratingCounts: RatingCount[];
  /** The version token an assignment edit sends back. */
  updatedAt: Date;
  leadEditor: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  /** The day the check is due (YYYY-MM-DD), or null. */
  dueAt: string | null;
}

/**
 * An article at its current revision with its claims in text order, or null.
 * Memoised per request (React's cache): the page and its metadata both ask
 * for it, and should read the database once.
 */
export const getArticleView = cache(async function getArticleView(
  articleId: string,
): Promise<ArticleView | null> {
  const [settings, article] = await Promise.all([
    getSettings(),
    db.article.findUnique({
      where: { id: articleId },
      include: {
        claims: {
          include: { ...claimStatusInclude, ...claimViewExtrasInclude },
          orderBy: [{ start: "asc" }, { end: "desc" }],
        },
        leadEditor: { select: { id: true, name: true } },
        assignee: { select: { id: true, name: true } },
      },
    }),
  ]);
  if (!article) return null;
  const revision = await db.articleRevision.findUnique({
    where: { articleId_number: { articleId, number: article.revision } },
  });
  if (!revision) return null;
  const claims = article.claims.map((claim) => toClaimView(claim, settings));
  return {
    id: article.id,
    title: article.title,
    byline: article.byline,
    dateline: article.dateline,
    publishedAt: article.publishedAt,
    sourceUrl: article.sourceUrl,
    revision: article.revision,
    text: revision.text,
    claims,
    summary: summarizeClaims(claims),
    ratingCounts: countApprovedRatings(claims),
    updatedAt: article.updatedAt,
    leadEditor: article.leadEditor,
    assignee: article.assignee,
    dueAt: dateToDueDay(article.dueAt),
  };
});
