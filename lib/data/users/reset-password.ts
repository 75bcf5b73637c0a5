import { hashPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-strength/assert-acceptable-password";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/schemas/user";
import { parseInput } from "./parse-input";
import { revokeAllAccess, withdrawOpenLinks } from "./revoke-access";

export interface PasswordSet {
  id: string;
  email: string;
  endedSessions: number;
  revokedTokens: number;
}

/**
 * Gives an account a new password directly (the command line's
 * reset-password). Admins only. Like the app's reset, it also ends every
 * session and revokes every API token of that user, and withdraws open
 * reset links, so nothing that worked with the old password still does.
 */
export async function resetPassword(actor: SessionUser, rawInput: ResetPasswordInput): Promise<PasswordSet> {
  assertAllowed(canManageUsers(actor), "Only admins can reset passwords.");
  const input = parseInput(resetPasswordSchema, rawInput);
  const target = await db.user.findUnique({ where: { email: input.email }, select: { name: true } });
  if (!target) throw new AppError("NOT_FOUND", `No user has the email ${input.email}.`);
  assertAcceptablePassword(input.password, { email: input.email, name: target.name });
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, email: true },
    });
    if (!user) throw new AppError("NOT_FOUND", `No user has the email ${input.email}.`);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const access = await revokeAllAccess(tx, user.id, "password_reset", now);
    await withdrawOpenLinks(tx, "password_reset", { userId: user.id }, now);
    await recordAudit(tx, {
      action: "user.password_reset",
      actorId: actor.id,
      entityType: "user",
      entityId: user.id,
      data: { email: user.email, name: target.name, ...access },
      at: now,
    });
    return { ...user, ...access };
  });
}
