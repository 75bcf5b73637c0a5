import { createUser as addUser } from "@/lib/data/users/create-user";
import { findActingUser } from "@/lib/data/users/find-acting-user";
import { validationError } from "@/lib/errors/validation-error";
import { createUserSchema } from "@/lib/schemas/user";
import type { CliIo } from "../cli-io";
import type { CliCommand } from "../parse-args";
import { printJson } from "../print-json";
import { choosePassword } from "./choose-password";

type CreateUserCommand = Extract<CliCommand, { name: "create-user" }>;

/** `create-user`: adds an account; a generated password is printed this once and stored only as a hash. */
export async function createUser(command: CreateUserCommand, io: CliIo): Promise<void> {
  const actor = await findActingUser(command.as);
  const { password, generated } = await choosePassword(command, io);
  const input = createUserSchema.safeParse({
    email: command.email,
    name: command.userName,
    role: command.role,
    password,
  });
  if (!input.success) throw validationError(input.error);
  const user = await addUser(actor, input.data);
  if (command.json) return printJson(io, { ...user, ...(generated ? { password } : {}) });
  await io.out(`Created ${user.role} ${user.email} (${user.name}), id ${user.id}.\n`);
  if (generated) await io.out(`Password (shown only now): ${password}\n`);
}
