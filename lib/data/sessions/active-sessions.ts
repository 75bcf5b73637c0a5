import { db } from "@/lib/db/client";

/** The Session rows that still sign someone in at `now`: not ended, not expired. */
export const activeSessionWhere = (now = new Date()) => ({ endedAt: null, expiresAt: { gt: now } });

/** How many browsers a user is signed in on, for their account page and the admins' list. */
export async function countActiveSessions(userId: string, now = new Date()): Promise<number> {
  return db.session.count({ where: { userId, ...activeSessionWhere(now) } });
}
