import type { ArticleListItem } from "@/lib/api/schemas/article";
import type { SessionUser } from "@/lib/auth/roles";
import { getSettings } from "@/lib/data/settings/get-settings";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { canReadArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ListArticlesQuery } from "@/lib/schemas/article";
import { decodeArticleCursor, encodeArticleCursor, type ArticleCursor } from "./article-cursor";
import { articleResourceInclude, toArticleListItem } from "./article-resource";

export interface ArticlePage {
  articles: ArticleListItem[];
  /** Where the next page starts; null when there is nothing after this page. */
  nextCursor: string | null;
}

export interface ScanLimits {
  /** Articles read per query when filtering by status. */
  batchSize: number;
  /** Articles looked at per request when filtering, before answering with what was found. */
  budget: number;
}

/*
 * An article's status is derived from its claims, not stored, so the
 * database cannot filter by it: a filtered page reads articles in batches,
 * newest first, until it has `limit` matches. Batches keep it to a few
 * queries (each loads its articles' claims and verdicts at once), and the
 * budget bounds the work of one request when matches are rare: the page then
 * comes back short, possibly empty, with a cursor to carry on from. Only
 * `nextCursor: null` means the end.
 */
const defaultLimits: ScanLimits = { batchSize: 100, budget: 2_000 };

/** One page of articles, newest first (createdAt, then id), optionally only those in one status. */
export async function listArticlesPage(
  actor: SessionUser,
  query: ListArticlesQuery,
  limits: ScanLimits = defaultLimits,
): Promise<ArticlePage> {
  assertAllowed(canReadArticles(actor), "Sign in to read articles.");
  let position = query.cursor ? decodeCursor(query.cursor) : null;
  // One more than a page tells whether another page follows.
  const take = query.status ? Math.max(limits.batchSize, query.limit + 1) : query.limit + 1;
  const settings = await getSettings();
  const found: ArticleListItem[] = [];
  let examined = 0;
  for (;;) {
    const batch = await db.article.findMany({
      where: after(position),
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      include: articleResourceInclude,
    });
    for (const article of batch) {
      const item = toArticleListItem(article, settings);
      const isMatch = !query.status || item.status === query.status;
      // A match beyond a full page: there is a next page, starting after what was looked at.
      if (isMatch && found.length === query.limit) return page(found, position);
      if (isMatch) found.push(item);
      position = { createdAt: article.createdAt, id: article.id };
      examined += 1;
    }
    if (batch.length < take) return page(found, null);
    if (examined >= limits.budget) return page(found, position);
  }
}

function page(articles: ArticleListItem[], next: ArticleCursor | null): ArticlePage {
  return { articles, nextCursor: next ? encodeArticleCursor(next) : null };
}

/** Articles strictly after `position` in the list's order. */
function after(position: ArticleCursor | null): Prisma.ArticleWhereInput {
  if (!position) return {};
  const { createdAt, id } = position;
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}

function decodeCursor(cursor: string): ArticleCursor {
  const decoded = decodeArticleCursor(cursor);
  if (decoded) return decoded;
  const message = "That cursor is not one this API gave out. Start again without it.";
  throw new AppError("VALIDATION", message, { fields: { cursor: message } });
}
