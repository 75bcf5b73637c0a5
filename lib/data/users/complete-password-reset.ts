import type { PasswordResetCompleted } from "@/lib/api/schemas/account";
import { hashPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-strength/assert-acceptable-password";
import {
  consumeAccountLink,
  findUsableAccountLink,
  unusableAccountLinkError,
} from "@/lib/data/account-links/use-account-link";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { endUserSessions } from "@/lib/data/sessions/end-sessions";
import { clearAccountFailures } from "@/lib/data/sign-in/throttle-store";
import { db } from "@/lib/db/client";
import type { CompletePasswordResetInput } from "@/lib/schemas/account";
import { withdrawOpenLinks } from "./revoke-access";

export interface PasswordResetTarget {
  id: string;
  email: string;
  name: string;
}

/**
 * The account a password reset link is for, or null when the link cannot be
 * used: unknown, used, withdrawn, expired, or its account deactivated. The
 * reset page shows the email from this; nothing tells the cases apart.
 */
export async function findPasswordResetTarget(
  secret: string,
  now = new Date(),
): Promise<PasswordResetTarget | null> {
  const link = await findUsableAccountLink(secret, "password_reset", now);
  if (!link?.userId) return null;
  const user = await db.user.findUnique({
    where: { id: link.userId },
    select: { id: true, email: true, name: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name };
}

/**
 * Sets a new password through a single-use reset link (no sign-in needed:
 * the link is the proof). In one transaction: the link is consumed (two
 * racing requests end with one winner), the hash is set, every session of
 * the user ends, other unused reset links for them are withdrawn, and the
 * audit event is written. The account's sign-in throttle is cleared after,
 * so someone who locked themselves out by guessing can sign in at once.
 */
export async function completePasswordReset(
  input: CompletePasswordResetInput,
  now = new Date(),
): Promise<PasswordResetCompleted> {
  // The link is checked before the (slow) hash, so a bad link costs nothing.
  const target = await findPasswordResetTarget(input.token, now);
  if (!target) throw unusableAccountLinkError();
  assertAcceptablePassword(input.password, target);
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const link = await consumeAccountLink(tx, input.token, "password_reset", now);
    const updated = await tx.user.updateMany({
      where: { id: target.id, disabledAt: null },
      data: { passwordHash },
    });
    if (link.userId !== target.id || updated.count !== 1) throw unusableAccountLinkError();
    const endedSessions = await endUserSessions(tx, target.id, "password_reset", { now });
    await withdrawOpenLinks(tx, "password_reset", { userId: target.id }, now);
    await recordAudit(tx, {
      action: "user.password_reset_completed",
      actorId: target.id,
      entityType: "user",
      entityId: target.id,
      data: { email: target.email, linkId: link.id, endedSessions },
      at: now,
    });
    return { id: target.id, email: target.email };
  });
  await clearAccountFailures(user.email);
  return { user };
}
