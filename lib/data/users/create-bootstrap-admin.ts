import type { UserView } from "@/lib/api/schemas/user";
import { hashPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-strength/assert-acceptable-password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createUserSchema, type CreateUserInput } from "@/lib/schemas/user";
import { hasActiveAdmin } from "./has-active-admin";
import { insertUser } from "./insert-user";
import { parseInput } from "./parse-input";
import { loadUserResource } from "./user-resource";

/**
 * The first admin of a fresh deployment, from the command line
 * (`create-user --role admin`), with no acting user: allowed only while no
 * active admin exists, checked inside the transaction so two runs at once
 * make one admin. Whoever runs the CLI on the server can open the database
 * anyway; this only spares them doing it by hand. The audit trail records
 * the new admin as their own creator.
 */
export async function createBootstrapAdmin(rawInput: CreateUserInput): Promise<UserView> {
  const input = parseInput(createUserSchema, rawInput);
  if (input.role !== "admin") {
    throw new AppError(
      "FORBIDDEN",
      "Without an admin, only an admin account can be created: use --role admin.",
    );
  }
  assertAcceptablePassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  return db.$transaction(async (tx) => {
    if (await hasActiveAdmin(tx)) {
      throw new AppError("FORBIDDEN", "An admin exists already: create users as that admin (--as <email>).");
    }
    const fields = { email: input.email, name: input.name, role: input.role, passwordHash };
    const user = await insertUser(tx, fields, {
      action: "user.created",
      actorId: null,
      data: { via: "command line, first admin" },
      now,
    });
    return loadUserResource(tx, user.id, now);
  });
}
