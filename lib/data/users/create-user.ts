import { hashPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-strength/assert-acceptable-password";
import type { Role, SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { CreateUserInput } from "@/lib/schemas/user";

export interface CreatedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * Adds a user account. Admins only. The password is hashed (argon2id) before
 * the transaction starts: hashing takes a noticeable fraction of a second and
 * SQLite has one writer, so it should not hold the lock meanwhile. The audit
 * trail records who created whom, never the password.
 */
export async function createUser(actor: SessionUser, input: CreateUserInput): Promise<CreatedUser> {
  assertAllowed(canManageUsers(actor), "Only admins can create users.");
  assertAcceptablePassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `A user with the email ${input.email} already exists.`, {
        fields: { email: "A user with this email already exists." },
      });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
    });
    await recordAudit(tx, {
      action: "user.created",
      actorId: actor.id,
      entityType: "user",
      entityId: user.id,
      data: { email: user.email, name: user.name, role: user.role },
    });
    return { id: user.id, email: user.email, name: user.name, role: input.role };
  });
}
