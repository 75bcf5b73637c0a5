import type { ArticleListItem, ArticleResource } from "@/lib/api/schemas/article";
import {
  claimStatusInclude,
  describeClaimStatus,
  summarizeClaims,
} from "@/lib/data/claims/claim-status-query";
import { dateToDueDay } from "@/lib/assignments/due-dates";
import { getSettings } from "@/lib/data/settings/get-settings";
import { db, type Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { deriveArticleStatus } from "@/lib/review/article-status";
import type { StatusRules } from "@/lib/review/claim-status";

/** What to load with an article to describe it: its claims, with what their status is derived from. */
export const articleResourceInclude = {
  claims: { include: claimStatusInclude },
  leadEditor: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
} satisfies Prisma.ArticleInclude;

type ArticleWithClaims = Prisma.ArticleGetPayload<{ include: typeof articleResourceInclude }>;

/**
 * An article as the API lists it. Every field is named here, so the response
 * holds exactly what the OpenAPI document describes; dates become ISO strings
 * and the publication date a plain calendar date.
 */
export function toArticleListItem(article: ArticleWithClaims, rules: StatusRules): ArticleListItem {
  const summary = summarizeClaims(article.claims.map((claim) => describeClaimStatus(claim, rules)));
  return {
    id: article.id,
    title: article.title,
    byline: article.byline,
    dateline: article.dateline,
    publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null,
    sourceUrl: article.sourceUrl,
    revision: article.revision,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    status: deriveArticleStatus(summary),
    summary,
    leadEditor: article.leadEditor,
    assignee: article.assignee,
    dueAt: dateToDueDay(article.dueAt),
  };
}

/** One article with its current text, or null when it does not exist. Pass a transaction to read inside it. */
export async function findArticleResource(
  articleId: string,
  client: Tx = db,
): Promise<ArticleResource | null> {
  const [settings, article] = await Promise.all([
    getSettings(client),
    client.article.findUnique({ where: { id: articleId }, include: articleResourceInclude }),
  ]);
  if (!article) return null;
  const revision = await client.articleRevision.findUnique({
    where: { articleId_number: { articleId, number: article.revision } },
    select: { text: true },
  });
  return { ...toArticleListItem(article, settings), text: revision?.text ?? "" };
}
