import { findActingUser } from "@/lib/data/users/find-acting-user";
import { resetPassword as setPassword } from "@/lib/data/users/reset-password";
import { validationError } from "@/lib/errors/validation-error";
import { resetPasswordSchema } from "@/lib/schemas/user";
import type { CliIo } from "../cli-io";
import type { CliCommand } from "../parse-args";
import { printJson } from "../print-json";
import { choosePassword } from "./choose-password";

type ResetPasswordCommand = Extract<CliCommand, { name: "reset-password" }>;

/** `reset-password`: a new password for an account, piped in or generated (and then printed once). */
export async function resetPassword(command: ResetPasswordCommand, io: CliIo): Promise<void> {
  const actor = await findActingUser(command.as);
  const { password, generated } = await choosePassword(command, io);
  const input = resetPasswordSchema.safeParse({ email: command.email, password });
  if (!input.success) throw validationError(input.error);
  const user = await setPassword(actor, input.data);
  if (command.json) return printJson(io, { ...user, ...(generated ? { password } : {}) });
  await io.out(`Password reset for ${user.email}.\n`);
  if (generated) await io.out(`New password (shown only now): ${password}\n`);
}
