import { db } from "@/lib/db/client";
import { notifyLive } from "@/lib/db/dialect";
import { unlessStorageFails } from "@/lib/db/storage-failure";
import { presenceSignal } from "@/lib/live/live-signal";

/** A heartbeat older than this means the viewer's connection is gone (they beat every 15 s). */
export const PRESENCE_TIMEOUT_MS = 45_000;

export interface PresentUser {
  userId: string;
  name: string;
}

/** One live connection opened the article: record it and tell the other viewers. */
export async function joinPresence(presenceId: string, userId: string, articleId: string): Promise<void> {
  await touchPresence(presenceId, userId, articleId);
  await unlessStorageFails(() => notifyLive(db, presenceSignal(articleId)), undefined);
}

/** Refreshes one live connection's row (its heartbeat), or re-creates it if pruned. */
export async function touchPresence(
  presenceId: string,
  userId: string,
  articleId: string,
  now = new Date(),
): Promise<void> {
  // Presence is bookkeeping: a database that refuses writes must not end the live feed.
  await unlessStorageFails(
    () =>
      db.presence.upsert({
        where: { id: presenceId },
        create: { id: presenceId, userId, articleId, lastSeenAt: now },
        update: { lastSeenAt: now },
      }),
    null,
  );
}

/** The connection closed: it no longer counts, and the other viewers hear so. */
export async function leavePresence(presenceId: string, articleId: string): Promise<void> {
  await unlessStorageFails(() => db.presence.deleteMany({ where: { id: presenceId } }), null);
  await unlessStorageFails(() => notifyLive(db, presenceSignal(articleId)), undefined);
}

/**
 * Who has the article open now, one entry per person however many tabs they
 * have, by name. Rows whose heartbeat stopped (a crashed instance) are ignored.
 */
export async function listPresentUsers(articleId: string, now = new Date()): Promise<PresentUser[]> {
  const rows = await db.presence.findMany({
    where: { articleId, lastSeenAt: { gte: new Date(now.getTime() - PRESENCE_TIMEOUT_MS) } },
    include: { user: { select: { name: true, disabledAt: true } } },
    orderBy: { lastSeenAt: "asc" },
  });
  const people = new Map<string, PresentUser>();
  for (const row of rows) {
    if (!row.user.disabledAt) people.set(row.userId, { userId: row.userId, name: row.user.name });
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Deletes presence rows whose heartbeat stopped long ago. */
export async function prunePresence(now = new Date()): Promise<void> {
  await db.presence.deleteMany({
    where: { lastSeenAt: { lt: new Date(now.getTime() - 4 * PRESENCE_TIMEOUT_MS) } },
  });
}
