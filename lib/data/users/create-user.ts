import type { UserView } from "@/lib/api/schemas/user";
import { hashPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-strength/assert-acceptable-password";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { createUserSchema, type CreateUserInput } from "@/lib/schemas/user";
import { insertUser } from "./insert-user";
import { loadUserResource } from "./user-resource";
import { parseInput } from "./parse-input";

/**
 * Adds a user account with a password the admin chose. Admins only. The
 * password is hashed (argon2id) before the transaction starts: hashing takes
 * a noticeable fraction of a second and SQLite has one writer, so it should
 * not hold the lock meanwhile. The audit trail records who created whom,
 * never the password.
 */
export async function createUser(actor: SessionUser, rawInput: CreateUserInput): Promise<UserView> {
  assertAllowed(canManageUsers(actor), "Only admins can create users.");
  const input = parseInput(createUserSchema, rawInput);
  assertAcceptablePassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const fields = { email: input.email, name: input.name, role: input.role, passwordHash };
    const user = await insertUser(tx, fields, { action: "user.created", actorId: actor.id, now });
    return loadUserResource(tx, user.id, now);
  });
}
