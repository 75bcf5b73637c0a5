import { db } from "@/lib/db/client";
import {
  claimStatusInclude,
  describeClaimStatus,
  summarizeClaims,
  type ClaimStatusView,
} from "@/lib/data/claims/claim-status-query";
import { getSettings } from "@/lib/data/settings/get-settings";
import type { ArticleSummary } from "@/lib/review/article-summary";

export interface ClaimView extends ClaimStatusView {
  id: string;
  start: number;
  end: number;
  exact: string;
  statement: string;
  claimant: string | null;
  type: string;
  anchorState: string;
  dismissedReason: string | null;
}

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
}

/** An article at its current revision with its claims in text order, or null. */
export async function getArticleView(articleId: string): Promise<ArticleView | null> {
  const [settings, article] = await Promise.all([
    getSettings(),
    db.article.findUnique({
      where: { id: articleId },
      include: {
        claims: { include: claimStatusInclude, orderBy: [{ start: "asc" }, { end: "desc" }] },
      },
    }),
  ]);
  if (!article) return null;
  const revision = await db.articleRevision.findUnique({
    where: { articleId_number: { articleId, number: article.revision } },
  });
  if (!revision) return null;
  const claims: ClaimView[] = article.claims.map((claim) => ({
    id: claim.id,
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    statement: claim.statement,
    claimant: claim.claimant,
    type: claim.type,
    anchorState: claim.anchorState,
    dismissedReason: claim.dismissedReason,
    ...describeClaimStatus(claim, settings),
  }));
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
  };
}
