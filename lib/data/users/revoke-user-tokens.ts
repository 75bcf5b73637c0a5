import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { revokeTokensOf } from "./revoke-access";
import { userNotFound } from "./user-resource";

/**
 * Revokes every API token of a user, e.g. when a laptop with scripts on it
 * is lost. Admins only. Their browser sessions carry on. Revoking when none
 * is active changes nothing and records nothing.
 */
export async function revokeUserTokens(actor: SessionUser, userId: string): Promise<{ revoked: number }> {
  assertAllowed(canManageUsers(actor), "Only admins can revoke other people's tokens.");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
    if (!user) throw userNotFound();
    const now = new Date();
    const revoked = await revokeTokensOf(tx, userId, now);
    if (revoked > 0) {
      await recordAudit(tx, {
        action: "user.tokens_revoked",
        actorId: actor.id,
        entityType: "user",
        entityId: userId,
        data: { ...user, revoked },
        at: now,
      });
    }
    return { revoked };
  });
}
