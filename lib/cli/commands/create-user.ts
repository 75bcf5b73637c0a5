import { createBootstrapAdmin } from "@/lib/data/users/create-bootstrap-admin";
import { createUser as addUser } from "@/lib/data/users/create-user";
import { findActingUser } from "@/lib/data/users/find-acting-user";
import { hasActiveAdmin } from "@/lib/data/users/has-active-admin";
import { validationError } from "@/lib/errors/validation-error";
import { createUserSchema } from "@/lib/schemas/user";
import type { CliIo } from "../cli-io";
import type { CliCommand } from "../parse-args";
import { printJson } from "../print-json";
import { choosePassword } from "./choose-password";

type CreateUserCommand = Extract<CliCommand, { name: "create-user" }>;

/**
 * `create-user`: adds an account; a generated password is printed this once
 * and stored only as a hash. On a fresh deployment with no active admin,
 * `--role admin` (without --as) creates the first admin, acting as nobody.
 */
export async function createUser(command: CreateUserCommand, io: CliIo): Promise<void> {
  const bootstrap = command.as === undefined && command.role === "admin" && !(await hasActiveAdmin());
  const actor = bootstrap ? null : await findActingUser(command.as);
  const { password, generated } = await choosePassword(command, io);
  const input = createUserSchema.safeParse({
    email: command.email,
    name: command.userName,
    role: command.role,
    password,
  });
  if (!input.success) throw validationError(input.error);
  const created = actor ? await addUser(actor, input.data) : await createBootstrapAdmin(input.data);
  const user = { id: created.id, email: created.email, name: created.name, role: created.role };
  if (command.json) return printJson(io, { ...user, ...(generated ? { password } : {}) });
  await io.out(`Created ${user.role} ${user.email} (${user.name}), id ${user.id}.\n`);
  if (bootstrap)
    await io.out("This is the first admin: sign in with it to manage the team under Admin › Users.\n");
  if (generated) await io.out(`Password (shown only now): ${password}\n`);
}
