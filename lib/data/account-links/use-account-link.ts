import { hashApiToken } from "@/lib/auth/api-token-secret";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { AccountLinkPurpose } from "./account-link-purpose";

export const unusableAccountLinkError = () =>
  new AppError(
    "NOT_FOUND",
    "This link is not valid any more: it may have been used already, withdrawn or expired. Ask an admin for a new one.",
  );

/** The usable link with this secret and purpose (unused, not withdrawn, not expired), or null. */
export async function findUsableAccountLink(secret: string, purpose: AccountLinkPurpose, now = new Date()) {
  const link = await db.accountLink.findUnique({ where: { tokenHash: hashApiToken(secret) } });
  if (!link || link.purpose !== purpose || link.usedAt || link.revokedAt || link.expiresAt <= now)
    return null;
  return link;
}

/**
 * Marks the link used inside the caller's transaction, if it still is
 * usable; otherwise throws NOT_FOUND (one message for used, withdrawn,
 * expired and unknown links). The conditional update makes two people
 * racing on one link end with exactly one winner.
 */
export async function consumeAccountLink(
  tx: Tx,
  secret: string,
  purpose: AccountLinkPurpose,
  now = new Date(),
) {
  const tokenHash = hashApiToken(secret);
  const claimed = await tx.accountLink.updateMany({
    where: { tokenHash, purpose, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) throw unusableAccountLinkError();
  return tx.accountLink.findUniqueOrThrow({ where: { tokenHash } });
}
