import { dateToDueDay } from "@/lib/assignments/due-dates";
import type { SessionUser } from "@/lib/auth/roles";
import {
  countApprovedRatings,
  describeClaimStatus,
  summarizeClaims,
  type RatingCount,
} from "@/lib/data/claims/claim-status-query";
import { getSettings } from "@/lib/data/settings/get-settings";
import { canReadArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ArticleStatus } from "@/lib/review/article-status";
import type { ArticleSummary } from "@/lib/review/article-summary";
import { findArticlePage, type ArticlePageQuery, type ArticleRowsPage } from "./find-article-page";

export interface ArticleListItem {
  id: string;
  title: string;
  publishedAt: Date | null;
  sourceUrl: string | null;
  dateline: string | null;
  status: ArticleStatus;
  summary: ArticleSummary;
  ratingCounts: RatingCount[];
  leadEditor: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  /** The day the check is due (YYYY-MM-DD), or null. */
  dueAt: string | null;
}

export interface ArticleListPage {
  articles: ArticleListItem[];
  nextCursor: string | null;
  previousCursor: string | null;
}

export const articleListPageSize = 20;

/** One page of the articles list, newest first, with each article's progress, approved ratings and owners. */
export async function listArticles(
  actor: Pick<SessionUser, "id" | "role">,
  query: Omit<ArticlePageQuery, "limit"> & { limit?: number },
): Promise<ArticleListPage> {
  assertAllowed(canReadArticles(actor), "Sign in to read articles.");
  return loadListPage(query);
}

async function loadListPage(
  query: Omit<ArticlePageQuery, "limit"> & { limit?: number },
): Promise<ArticleListPage> {
  const [settings, page] = await Promise.all([
    getSettings(),
    findArticlePage({ ...query, limit: query.limit ?? articleListPageSize }),
  ]);
  return {
    articles: page.rows.map((article) => toListItem(article, settings)),
    nextCursor: page.nextCursor,
    previousCursor: page.previousCursor,
  };
}

function toListItem(
  article: ArticleRowsPage["rows"][number],
  settings: Awaited<ReturnType<typeof getSettings>>,
): ArticleListItem {
  const statuses = article.claims.map((claim) => describeClaimStatus(claim, settings));
  return {
    id: article.id,
    title: article.title,
    publishedAt: article.publishedAt,
    sourceUrl: article.sourceUrl,
    dateline: article.dateline,
    status: article.status as ArticleStatus,
    summary: summarizeClaims(statuses),
    ratingCounts: countApprovedRatings(statuses),
    leadEditor: article.leadEditor,
    assignee: article.assignee,
    dueAt: dateToDueDay(article.dueAt),
  };
}

/**
 * Every article (in one status), newest first, page by page through the same
 * query: for the command line's `articles`, which prints them all. Operators
 * on the server only; no actor.
 */
export async function listEveryArticle(query: { status?: ArticleStatus } = {}): Promise<ArticleListItem[]> {
  const articles: ArticleListItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await loadListPage({ ...query, cursor, limit: 100 });
    articles.push(...page.articles);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return articles;
}
