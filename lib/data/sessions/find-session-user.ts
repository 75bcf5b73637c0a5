import { roleSchema, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { unlessStorageFails } from "@/lib/db/storage-failure";
import { LAST_SEEN_RESOLUTION_MS } from "./session-lifetime";

/**
 * The user behind a session id from the JWT, or null when the session has
 * ended, expired, or its user is deactivated. The role is read from the
 * user row, so a role change applies on the very next request.
 */
export async function findSessionUser(sessionId: string, now = new Date()): Promise<SessionUser | null> {
  const session = await db.session.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.endedAt || session.expiresAt <= now || session.user.disabledAt) return null;
  const role = roleSchema.safeParse(session.user.role);
  if (!role.success) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await unlessStorageFails(
      () => db.session.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: now } }),
      null,
    );
  }
  const { user } = session;
  return { id: user.id, email: user.email, name: user.name, role: role.data };
}
