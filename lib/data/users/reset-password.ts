import { hashPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-strength/assert-acceptable-password";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ResetPasswordInput } from "@/lib/schemas/user";

/**
 * Gives an account a new password. Admins only. Sessions are JWTs, so one
 * already signed in stays signed in until it expires (12 hours at most, see
 * lib/auth/options.ts); the old password stops working at once.
 */
export async function resetPassword(
  actor: SessionUser,
  input: ResetPasswordInput,
): Promise<{ id: string; email: string }> {
  assertAllowed(canManageUsers(actor), "Only admins can reset passwords.");
  const target = await db.user.findUnique({ where: { email: input.email }, select: { name: true } });
  if (target) assertAcceptablePassword(input.password, { email: input.email, name: target.name });
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: input.email },
      select: { id: true, email: true },
    });
    if (!user) throw new AppError("NOT_FOUND", `No user has the email ${input.email}.`);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await recordAudit(tx, {
      action: "user.password_reset",
      actorId: actor.id,
      entityType: "user",
      entityId: user.id,
      data: { email: user.email },
    });
    return user;
  });
}
