import { NOBODY, type ArticleSort, type PublishedState } from "@/lib/articles-search/article-list-options";
import { containsPattern } from "@/lib/articles-search/like-pattern";
import { Prisma } from "@/lib/db/generated/client";
import type { ArticleStatus } from "@/lib/review/article-status";

/*
 * The one SQL statement behind every page of the articles list: which ids,
 * in which order, from which position. Portable SQL (SQLite and
 * PostgreSQL), because the search looks into the current revision's text,
 * which Prisma's query API cannot join on (revision number = the article's
 * `revision`), and the progress sort is a computed expression.
 *
 * Costs, by design:
 * - newest walks the (createdAt) or (status, createdAt) index and stops
 *   after one page, as before;
 * - activity sorts by Article.updatedAt, which every change to the article
 *   (its text, its details, its stored status) moves, and walks the
 *   (updatedAt, id) index like newest;
 * - due sorts ascending by the due day with undated articles last, as
 *   COALESCE(dueAt, a far-future day): one key, so the keyset condition
 *   stays the same two comparisons as the other sorts, on both databases
 *   (SQLite puts NULLs first, PostgreSQL last, and NULLS LAST would need a
 *   third branch). No index serves the expression, so the database sorts
 *   the matching rows: on 10,000 articles a page took 14 ms on SQLite and
 *   18 ms on PostgreSQL (page 1 or deep in the undated ones), like newest;
 * - progress counts each article's claims through the (articleId, status)
 *   index; it cannot be indexed, so it is computed for every matching row;
 * - a search is a scan (LIKE '%…%' uses no index) that stops, for newest,
 *   once a page is found;
 * - the lead-editor filter is an `=` on its index; the assignee filter
 *   adds an IN over the claims' (assigneeId, status) index.
 */

export interface ArticleListFilters {
  status?: ArticleStatus;
  /** Words to find in the title or the current text, case-insensitively (normalized already). */
  q?: string;
  /** UTC calendar days, both included. */
  createdFrom?: string;
  createdTo?: string;
  published?: PublishedState;
  /** A user id: the article's assignee or any of its claims' assignee; NOBODY: neither has one. */
  assignee?: string;
  /** A user id, or NOBODY for articles without a lead editor. */
  leadEditor?: string;
}

export interface PagePosition {
  key: Date | number;
  id: string;
}

/** The due sort's key for an article without a due day: after every real one. */
export const UNDATED = new Date("9999-12-31T00:00:00.000Z");

/** The key each sort orders by, then by id. */
function sortKeyOf(sort: ArticleSort): Prisma.Sql {
  if (sort === "activity") return Prisma.sql`a."updatedAt"`;
  if (sort === "progress") return progressShare;
  if (sort === "due") return Prisma.sql`COALESCE(a."dueAt", ${UNDATED})`;
  return Prisma.sql`a."createdAt"`;
}

/** Soonest first for due; latest (or most) first for the others. */
function isAscending(sort: ArticleSort): boolean {
  return sort === "due";
}

/**
 * Approved claims over the claims that count (all but dismissed), from 0 to
 * 1; an article with none that count is at 0. The same expression every
 * time, so a cursor's share compares equal to the row it was read from.
 */
const progressShare = Prisma.sql`(CASE WHEN (
    SELECT COUNT(*) FROM "Claim" c WHERE c."articleId" = a."id" AND c."status" <> 'dismissed'
  ) = 0 THEN CAST(0 AS DOUBLE PRECISION) ELSE CAST((
    SELECT COUNT(*) FROM "Claim" c WHERE c."articleId" = a."id" AND c."status" = 'approved'
  ) AS DOUBLE PRECISION) / (
    SELECT COUNT(*) FROM "Claim" c WHERE c."articleId" = a."id" AND c."status" <> 'dismissed'
  ) END)`;

const liveReport = Prisma.sql`EXISTS (SELECT 1 FROM "ReportPublication" p WHERE p."articleId" = a."id" AND p."withdrawnAt" IS NULL)`;
const anyReport = Prisma.sql`EXISTS (SELECT 1 FROM "ReportPublication" p WHERE p."articleId" = a."id")`;

const assignedClaim = Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a."id" AND c."assigneeId" IS NOT NULL)`;

function filterConditions(filters: ArticleListFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.status) conditions.push(Prisma.sql`a."status" = ${filters.status}`);
  if (filters.createdFrom) conditions.push(Prisma.sql`a."createdAt" >= ${startOfDay(filters.createdFrom)}`);
  if (filters.createdTo) conditions.push(Prisma.sql`a."createdAt" < ${startOfDay(filters.createdTo, 1)}`);
  if (filters.published === "published") conditions.push(liveReport);
  if (filters.published === "withdrawn") conditions.push(Prisma.sql`${anyReport} AND NOT ${liveReport}`);
  if (filters.published === "not_published") conditions.push(Prisma.sql`NOT ${anyReport}`);
  if (filters.leadEditor === NOBODY) conditions.push(Prisma.sql`a."leadEditorId" IS NULL`);
  else if (filters.leadEditor) conditions.push(Prisma.sql`a."leadEditorId" = ${filters.leadEditor}`);
  if (filters.assignee === NOBODY)
    conditions.push(Prisma.sql`a."assigneeId" IS NULL AND NOT ${assignedClaim}`);
  else if (filters.assignee)
    conditions.push(Prisma.sql`(a."assigneeId" = ${filters.assignee} OR a."id" IN (
      SELECT c."articleId" FROM "Claim" c WHERE c."assigneeId" = ${filters.assignee}))`);
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    conditions.push(Prisma.sql`(lower(a."title") LIKE ${pattern} ESCAPE '\\' OR EXISTS (
      SELECT 1 FROM "ArticleRevision" r
      WHERE r."articleId" = a."id" AND r."number" = a."revision" AND lower(r."text") LIKE ${pattern} ESCAPE '\\'))`);
  }
  return conditions;
}

/** Midnight UTC of `day` (YYYY-MM-DD), `plusDays` later. */
function startOfDay(day: string, plusDays = 0): Date {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
}

/**
 * Up to `limit` ids with their sort key: "forward" in list order (key, then
 * id, both descending, or both ascending for due) after `position`, or
 * "backward" (the reverse) before it, for the page in front.
 */
export function articlePageStatement({
  filters,
  sort,
  direction,
  position,
  limit,
}: {
  filters: ArticleListFilters;
  sort: ArticleSort;
  direction: "forward" | "backward";
  position: PagePosition | null;
  limit: number;
}): Prisma.Sql {
  const conditions = filterConditions(filters);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [beyond, order] = (direction === "forward") !== isAscending(sort) ? ["<", "DESC"] : [">", "ASC"];
  const after = position
    ? Prisma.sql`WHERE (t."sortKey" ${Prisma.raw(beyond)} ${position.key}
        OR (t."sortKey" = ${position.key} AND t."id" ${Prisma.raw(beyond)} ${position.id}))`
    : Prisma.empty;
  return Prisma.sql`
    SELECT t."id", t."sortKey" FROM (
      SELECT a."id" AS "id", ${sortKeyOf(sort)} AS "sortKey" FROM "Article" a ${where}
    ) t
    ${after}
    ORDER BY t."sortKey" ${Prisma.raw(order)}, t."id" ${Prisma.raw(order)}
    LIMIT ${limit}`;
}
