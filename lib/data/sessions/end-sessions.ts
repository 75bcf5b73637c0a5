import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db, type Tx } from "@/lib/db/client";
import type { SessionEndReason } from "./session-lifetime";

/** Signs one session out. Signing out a session that already ended changes nothing. */
export async function endSession(sessionId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const ended = await tx.session.updateMany({
      where: { id: sessionId, endedAt: null },
      data: { endedAt: now, endReason: "signed_out" },
    });
    if (ended.count === 0) return;
    const { userId } = await tx.session.findUniqueOrThrow({ where: { id: sessionId } });
    await recordAudit(tx, {
      action: "user.signed_out",
      actorId: userId,
      entityType: "user",
      entityId: userId,
      data: { sessionId },
      at: now,
    });
  });
}

/** "Sign out everywhere": ends every session of the caller, this one included. */
export async function signOutEverywhere(actor: SessionUser): Promise<{ ended: number }> {
  return db.$transaction(async (tx) => {
    const ended = await endUserSessions(tx, actor.id, "signed_out_everywhere");
    await recordAudit(tx, {
      action: "user.signed_out_everywhere",
      actorId: actor.id,
      entityType: "user",
      entityId: actor.id,
      data: { sessions: ended },
    });
    return { ended };
  });
}

/**
 * Ends every live session of a user, inside the caller's transaction so the
 * change that caused it (a new password, role or state) and the sign-out
 * commit together. `exceptSessionId` keeps the caller's own session, for a
 * user who changes their own password. Returns how many ended.
 */
export async function endUserSessions(
  tx: Tx,
  userId: string,
  reason: SessionEndReason,
  { exceptSessionId, now = new Date() }: { exceptSessionId?: string; now?: Date } = {},
): Promise<number> {
  const ended = await tx.session.updateMany({
    where: { userId, endedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { endedAt: now, endReason: reason },
  });
  return ended.count;
}
