import { randomBytes } from "node:crypto";
import type { PasswordResetResult } from "@/lib/api/schemas/user";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/roles";
import { createAccountLink } from "@/lib/data/account-links/create-account-link";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { passwordResetEmail } from "@/lib/mail/account-emails";
import { canChangeUserAccess, canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { accountLinkUrl } from "./account-link-url";
import { deliverAccountLink, mailSettingsOrFail } from "./deliver-account-link";
import { revokeAllAccess, withdrawOpenLinks } from "./revoke-access";
import { userNotFound } from "./user-resource";

/**
 * An admin's "Reset password": at once the old password stops working (the
 * hash is replaced by one of a random secret nobody knows), every session
 * ends and every API token is revoked; then a single-use link valid for
 * 24 hours lets the user choose a new password at /reset-password/{secret}.
 * The link is emailed with SMTP configured, else returned for the admin to
 * pass on. Earlier reset links stop working. Admins reset others only: their
 * own password they change under Account settings.
 */
export async function issuePasswordReset(
  actor: SessionUser,
  userId: string,
  { origin }: { origin: string },
): Promise<PasswordResetResult> {
  assertAllowed(canManageUsers(actor), "Only admins can reset passwords.");
  if (!canChangeUserAccess(actor, { id: userId })) {
    throw new AppError("CONFLICT", "To change your own password, use Account settings.");
  }
  const mail = mailSettingsOrFail();
  // A real argon2 hash, so a sign-in attempt takes as long as for any account.
  const unusableHash = await hashPassword(randomBytes(32).toString("base64url"));
  const now = new Date();
  const issued = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw userNotFound();
    await tx.user.update({ where: { id: userId }, data: { passwordHash: unusableHash } });
    const access = await revokeAllAccess(tx, userId, "password_reset", now);
    await withdrawOpenLinks(tx, "password_reset", { userId }, now);
    const link = await createAccountLink(tx, {
      purpose: "password_reset",
      userId,
      email: user.email,
      createdById: actor.id,
      now,
    });
    await recordAudit(tx, {
      action: "user.password_reset_link",
      actorId: actor.id,
      entityType: "user",
      entityId: userId,
      data: { email: user.email, name: user.name, ...access, delivery: mail ? "email" : "link" },
      at: now,
    });
    return { user, link, access };
  });
  const { user, link, access } = issued;
  const url = accountLinkUrl(origin, "password_reset", link.secret);
  const delivered = await deliverAccountLink(
    mail,
    { id: link.id, url, expiresAt: link.expiresAt },
    passwordResetEmail({ to: user.email, name: user.name, url, expiresAt: link.expiresAt }),
    {
      action: "user.password_reset_link",
      actorId: actor.id,
      entityType: "user",
      entityId: userId,
      data: {
        email: user.email,
        name: user.name,
        withdrawn: true,
        reason: "the reset email could not be sent",
      },
    },
  );
  return { ...delivered, endedSessions: access.endedSessions, revokedTokens: access.revokedTokens };
}
