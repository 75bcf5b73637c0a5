import { z } from "zod";
import type { ArticleSort } from "@/lib/articles-search/article-list-options";

/*
 * The article list's cursor: the sort key of the last article a page looked
 * at, then its id to break ties (two articles created in the same
 * millisecond, two with the same progress), as base64url JSON. The newest
 * sort keeps its original form, [createdAt, id], so cursors given out before
 * the other sorts existed still work; the others name their sort first:
 * ["activity", updatedAt, id], ["progress", share, id], ["due", dueAt or
 * the undated key, id]. Opaque to callers, so the key can change without
 * breaking anyone who only passes `nextCursor` back.
 */

export interface ArticleCursor {
  sort: ArticleSort;
  /** A time for newest (createdAt), activity (updatedAt) and due (dueAt); a share from 0 to 1 for progress. */
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

/** Exactly the form toISOString gives, so a key read back equals the one written. */
const moment = z
  .string()
  .refine((value) => {
    const at = new Date(value);
    return !Number.isNaN(at.getTime()) && at.toISOString() === value;
  })
  .transform((value) => new Date(value));
const share = z.number().min(0).max(1);
const id = z.string().min(1);
/** The sorts by a moment that name themselves (newest does not, see above). */
const timedSorts = ["activity", "due"] as const satisfies readonly ArticleSort[];

const cursorSchema = z.union([
  z.tuple([moment, id]).transform(([key, id]) => ({ sort: "newest" as const, key, id })),
  z.tuple([z.literal("progress"), share, id]).transform(([sort, key, id]) => ({ sort, key, id })),
  z.tuple([z.enum(timedSorts), moment, id]).transform(([sort, key, id]) => ({ sort, key, id })),
]);

/** The cursor's sort key, or null when it is not one we made. */
export function decodeArticleCursor(cursor: string): ArticleCursor | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = cursorSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
