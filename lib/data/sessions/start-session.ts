import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

/**
 * Records a successful sign-in: a new Session row (its id goes into the
 * next-auth JWT), the user's last sign-in time and the audit event, in one
 * transaction.
 */
export async function startSession(
  user: Pick<SessionUser, "id">,
  { userAgent, now = new Date() }: { userAgent?: string | null; now?: Date } = {},
): Promise<{ sessionId: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  return db.$transaction(async (tx) => {
    const session = await tx.session.create({
      data: {
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        userAgent: userAgent ? userAgent.slice(0, 300) : null,
      },
    });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await recordAudit(tx, {
      action: "user.signed_in",
      actorId: user.id,
      entityType: "user",
      entityId: user.id,
      data: { sessionId: session.id },
      at: now,
    });
    return { sessionId: session.id, expiresAt };
  });
}
