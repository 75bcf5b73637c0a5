import type { ApiTokenView } from "@/lib/api/schemas/api-token";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { toApiTokenView } from "./api-token-view";
import { tokenNotFound } from "./get-api-token";

/**
 * Revokes one of the caller's own tokens; it stops working at once. Revoking
 * an already revoked token changes nothing (and records nothing), so a retry
 * is safe. Someone else's token is NOT_FOUND.
 */
export async function revokeApiToken(
  actor: SessionUser,
  tokenId: string,
  now = new Date(),
): Promise<ApiTokenView> {
  const token = await db.$transaction(async (tx) => {
    const revoked = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: actor.id, revokedAt: null },
      data: { revokedAt: now },
    });
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: actor.id } });
    if (!token) throw tokenNotFound();
    if (revoked.count > 0) {
      await recordAudit(tx, {
        action: "token.revoked",
        actorId: actor.id,
        entityType: "token",
        entityId: token.id,
        data: { name: token.name },
        at: now,
      });
    }
    return token;
  });
  return toApiTokenView(token, now);
}
