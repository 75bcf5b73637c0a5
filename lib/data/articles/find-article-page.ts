import type { ArticleSort } from "@/lib/articles-search/article-list-options";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { decodeArticleCursor, encodeArticleCursor, type ArticleCursor } from "./article-cursor";
import {
  articlePageStatement,
  UNDATED,
  type ArticleListFilters,
  type PagePosition,
} from "./article-page-sql";
import { articleResourceInclude } from "./article-resource";

export interface ArticlePageQuery extends ArticleListFilters {
  limit: number;
  /** Newest first by default. */
  sort?: ArticleSort;
  /** Start after this position (a `nextCursor`). */
  cursor?: string;
  /** End before this position (a `previousCursor`); wins over `cursor`. */
  before?: string;
}

type ArticleRow = Prisma.ArticleGetPayload<{ include: typeof articleResourceInclude }>;

export interface ArticleRowsPage {
  rows: ArticleRow[];
  /** Where the next page starts; null when nothing follows. */
  nextCursor: string | null;
  /** Pass as `before` for the page in front of this one; null on the first page. */
  previousCursor: string | null;
}

interface KeyedRow {
  row: ArticleRow;
  position: PagePosition;
}

/**
 * One page of articles in the query's sort (key, then id), by
 * keyset: filters and the cursor's position are both in the statement's
 * `where`, so a page costs the same on page 1 and page 500 (see
 * article-page-sql.ts for what each sort and the search cost). Going back
 * reads the same order the other way. The filters are not in the cursor:
 * callers pass them again with it (the page's links and the API do).
 */
export async function findArticlePage(query: ArticlePageQuery): Promise<ArticleRowsPage> {
  const sort = query.sort ?? "newest";
  if (query.before) {
    const position = decodeCursor(query.before, sort);
    const rows = await readPage(query, sort, "backward", position);
    const page = rows.slice(0, query.limit).reverse();
    return {
      rows: page.map(({ row }) => row),
      nextCursor: cursorOf(sort, page[page.length - 1]) ?? encodeArticleCursor({ ...position, sort }),
      previousCursor: rows.length > query.limit ? cursorOf(sort, page[0]) : null,
    };
  }
  const position = query.cursor ? decodeCursor(query.cursor, sort) : null;
  const rows = await readPage(query, sort, "forward", position);
  const page = rows.slice(0, query.limit);
  return {
    rows: page.map(({ row }) => row),
    nextCursor: rows.length > query.limit ? cursorOf(sort, page[page.length - 1]) : null,
    // Past the end (the rows after the cursor were deleted) there is no first
    // row to go back from; the page offers the first page instead.
    previousCursor: position ? cursorOf(sort, page[0]) : null,
  };
}

/** One page plus one row of ids in order, then those articles with their claims. */
async function readPage(
  query: ArticlePageQuery,
  sort: ArticleSort,
  direction: "forward" | "backward",
  position: PagePosition | null,
): Promise<KeyedRow[]> {
  const keys = await db.$queryRaw<Array<{ id: string; sortKey: unknown }>>(
    articlePageStatement({ filters: query, sort, direction, position, limit: query.limit + 1 }),
  );
  if (keys.length === 0) return [];
  const rows = await db.article.findMany({
    where: { id: { in: keys.map(({ id }) => id) } },
    include: articleResourceInclude,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return keys.flatMap(({ id, sortKey }) => {
    const row = byId.get(id);
    // Deleted between the two reads: the page is one shorter.
    return row ? [{ row, position: { id, key: keyOf(sort, row, sortKey) } }] : [];
  });
}

/**
 * The row's sort key as the cursor keeps it: dates from the typed row (the
 * raw statement's date type differs between drivers), the progress share
 * from the statement, which is the only place it is computed.
 */
function keyOf(sort: ArticleSort, row: ArticleRow, sortKey: unknown): Date | number {
  if (sort === "newest") return row.createdAt;
  if (sort === "activity") return row.updatedAt;
  if (sort === "due") return row.dueAt ?? UNDATED;
  return Number(sortKey);
}

function cursorOf(sort: ArticleSort, keyed: KeyedRow | undefined): string | null {
  return keyed ? encodeArticleCursor({ ...keyed.position, sort }) : null;
}

function decodeCursor(cursor: string, sort: ArticleSort): ArticleCursor {
  const decoded = decodeArticleCursor(cursor);
  if (decoded && decoded.sort === sort) return decoded;
  const message = decoded
    ? `That cursor is for the ${decoded.sort} sort, not ${sort}. Start again without it.`
    : "That cursor is not one this API gave out. Start again without it.";
  throw new AppError("VALIDATION", message, { fields: { cursor: message } });
}
