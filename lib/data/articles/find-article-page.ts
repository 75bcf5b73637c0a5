import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import type { ArticleStatus } from "@/lib/review/article-status";
import { decodeArticleCursor, encodeArticleCursor, type ArticleCursor } from "./article-cursor";
import { articleResourceInclude } from "./article-resource";

export interface ArticlePageQuery {
  limit: number;
  /** Only articles in this stored status (Article.status, indexed with createdAt). */
  status?: ArticleStatus;
  /** Start after this position (a `nextCursor`). */
  cursor?: string;
  /** End before this position (a `previousCursor`); wins over `cursor`. */
  before?: string;
}

export interface ArticleRowsPage {
  rows: Prisma.ArticleGetPayload<{ include: typeof articleResourceInclude }>[];
  /** Where the next page starts; null when nothing follows. */
  nextCursor: string | null;
  /** Pass as `before` for the page in front of this one; null on the first page. */
  previousCursor: string | null;
}

const newestFirst = [
  { createdAt: "desc" },
  { id: "desc" },
] satisfies Prisma.ArticleOrderByWithRelationInput[];
const oldestFirst = [{ createdAt: "asc" }, { id: "asc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

/**
 * One page of articles, newest first (createdAt, then id), by keyset: the
 * status filter and the cursor are both in the `where`, so the database
 * walks the (status, createdAt) or (createdAt) index and reads one page plus
 * one row, whatever the size of the archive. Going back reads the same index
 * the other way.
 */
export async function findArticlePage(query: ArticlePageQuery): Promise<ArticleRowsPage> {
  const status = query.status ? { status: query.status } : {};
  if (query.before) {
    const position = decodeCursor(query.before);
    const rows = await db.article.findMany({
      where: { ...status, ...newerThan(position) },
      orderBy: oldestFirst,
      take: query.limit + 1,
      include: articleResourceInclude,
    });
    const page = rows.slice(0, query.limit).reverse();
    return {
      rows: page,
      nextCursor: page.length > 0 ? cursorOf(page[page.length - 1]) : encodeArticleCursor(position),
      previousCursor: rows.length > query.limit && page[0] ? cursorOf(page[0]) : null,
    };
  }
  const position = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db.article.findMany({
    where: { ...status, ...olderThan(position) },
    orderBy: newestFirst,
    take: query.limit + 1,
    include: articleResourceInclude,
  });
  const page = rows.slice(0, query.limit);
  return {
    rows: page,
    nextCursor: rows.length > query.limit ? cursorOf(page[page.length - 1]) : null,
    // Past the end (the rows after the cursor were deleted) there is no first
    // row to go back from; the page offers the first page instead.
    previousCursor: position ? cursorOf(page[0]) : null,
  };
}

function cursorOf(article: ArticleCursor | undefined): string | null {
  return article ? encodeArticleCursor({ createdAt: article.createdAt, id: article.id }) : null;
}

/** Articles strictly after `position` in the list's order (older). */
function olderThan(position: ArticleCursor | null): Prisma.ArticleWhereInput {
  if (!position) return {};
  const { createdAt, id } = position;
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}

/** Articles strictly before `position` in the list's order (newer). */
function newerThan({ createdAt, id }: ArticleCursor): Prisma.ArticleWhereInput {
  return { OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: id } }] };
}

function decodeCursor(cursor: string): ArticleCursor {
  const decoded = decodeArticleCursor(cursor);
  if (decoded) return decoded;
  const message = "That cursor is not one this API gave out. Start again without it.";
  throw new AppError("VALIDATION", message, { fields: { cursor: message } });
}
