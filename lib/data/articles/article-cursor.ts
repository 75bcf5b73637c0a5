/*
 * The article list's cursor: the sort key of the last article a page looked
 * at (createdAt, then id to break ties between articles created in the same
 * millisecond), as base64url JSON. Opaque to callers, so the key can change
 * without breaking anyone who only passes `nextCursor` back.
 */

export interface ArticleCursor {
  createdAt: Date;
  id: string;
}

export function encodeArticleCursor({ createdAt, id }: ArticleCursor): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url");
}

/** The cursor's sort key, or null when it is not one we made. */
export function decodeArticleCursor(cursor: string): ArticleCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [at, id] = value as unknown[];
    if (typeof at !== "string" || typeof id !== "string" || id === "") return null;
    const createdAt = new Date(at);
    return Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== at ? null : { createdAt, id };
  } catch {
    return null;
  }
}
