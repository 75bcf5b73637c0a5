import type { AccountLinkPurpose } from "@/lib/data/account-links/account-link-purpose";
import { activeTokenWhere } from "@/lib/data/tokens/api-token-view";
import { endUserSessions } from "@/lib/data/sessions/end-sessions";
import type { SessionEndReason } from "@/lib/data/sessions/session-lifetime";
import type { Tx } from "@/lib/db/client";

/** Revokes every token of a user that still works, inside the caller's transaction; returns how many. */
export async function revokeTokensOf(tx: Tx, userId: string, now: Date): Promise<number> {
  const revoked = await tx.apiToken.updateMany({
    where: { userId, ...activeTokenWhere(now) },
    data: { revokedAt: now },
  });
  return revoked.count;
}

/**
 * Signs a user out everywhere and revokes all their tokens, in the caller's
 * transaction: what a password reset does, so whoever knew the old password
 * or held a token is out at once.
 */
export async function revokeAllAccess(
  tx: Tx,
  userId: string,
  reason: SessionEndReason,
  now: Date,
): Promise<{ endedSessions: number; revokedTokens: number }> {
  const endedSessions = await endUserSessions(tx, userId, reason, { now });
  const revokedTokens = await revokeTokensOf(tx, userId, now);
  return { endedSessions, revokedTokens };
}

/**
 * Withdraws the open (unused, not withdrawn) links of one kind for an email
 * or a user, so only the newest link works. Returns how many were withdrawn.
 */
export async function withdrawOpenLinks(
  tx: Tx,
  purpose: AccountLinkPurpose,
  whose: { email: string } | { userId: string },
  now: Date,
): Promise<number> {
  const withdrawn = await tx.accountLink.updateMany({
    where: { purpose, usedAt: null, revokedAt: null, ...whose },
    data: { revokedAt: now },
  });
  return withdrawn.count;
}
