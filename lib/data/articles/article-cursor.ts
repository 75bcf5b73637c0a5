import { articleSorts, type ArticleSort } from "@/lib/articles-search/article-list-options";

/*
 * The article list's cursor: the sort key of the last article a page looked
 * at, then its id to break ties (two articles created in the same
 * millisecond, two with the same progress), as base64url JSON. The newest
 * sort keeps its original form, [createdAt, id], so cursors given out before
 * the other sorts existed still work; the others name their sort first:
 * ["activity", updatedAt, id], ["progress", share, id]. Opaque to callers,
 * so the key can change without breaking anyone who only passes
 * `nextCursor` back.
 */

export interface ArticleCursor {
  sort: ArticleSort;
  /** A time for newest (createdAt) and activity (updatedAt); a share from 0 to 1 for progress. */
  key: Date | number;
  id: string;
}

/** The newest sort's position as an article row has it (e2e/security/xss.spec.ts builds one). */
interface NewestPosition {
  createdAt: Date;
  id: string;
}

export function encodeArticleCursor(cursor: ArticleCursor | NewestPosition): string {
  const { sort, key, id } =
    "createdAt" in cursor ? { sort: "newest", key: cursor.createdAt, id: cursor.id } : cursor;
  const value = key instanceof Date ? key.toISOString() : key;
  const parts = sort === "newest" ? [value, id] : [sort, value, id];
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

/** The cursor's sort key, or null when it is not one we made. */
export function decodeArticleCursor(cursor: string): ArticleCursor | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  const parts = value as unknown[];
  if (parts.length === 2) return toCursor("newest", parts[0], parts[1]);
  if (parts.length === 3 && parts[0] !== "newest" && articleSorts.includes(parts[0] as ArticleSort))
    return toCursor(parts[0] as ArticleSort, parts[1], parts[2]);
  return null;
}

function toCursor(sort: ArticleSort, key: unknown, id: unknown): ArticleCursor | null {
  if (typeof id !== "string" || id === "") return null;
  if (sort === "progress") return typeof key === "number" && key >= 0 && key <= 1 ? { sort, key, id } : null;
  if (typeof key !== "string") return null;
  const at = new Date(key);
  return Number.isNaN(at.getTime()) || at.toISOString() !== key ? null : { sort, key: at, id };
}
