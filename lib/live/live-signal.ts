/**
 * What a live notification says: "an event was recorded for this article"
 * or "who has this article open changed". It is only a wake-up call; the
 * hub reads the facts from the database. One text format for both channels
 * (PostgreSQL NOTIFY payloads and the in-process channel).
 */
export type LiveSignal =
  { kind: "event"; articleId: string | null } | { kind: "presence"; articleId: string };

const PRESENCE_PREFIX = "presence:";

export const eventSignal = (articleId: string | null): string => articleId ?? "";
export const presenceSignal = (articleId: string): string => `${PRESENCE_PREFIX}${articleId}`;

export function parseSignal(payload: string): LiveSignal {
  if (payload.startsWith(PRESENCE_PREFIX))
    return { kind: "presence", articleId: payload.slice(PRESENCE_PREFIX.length) };
  return { kind: "event", articleId: payload || null };
}
