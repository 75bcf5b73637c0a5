import { findActingUser } from "@/lib/data/users/find-acting-user";
import { resetPassword as setPassword } from "@/lib/data/users/reset-password";
import { validationError } from "@/lib/errors/validation-error";
import { resetPasswordSchema } from "@/lib/schemas/user";
import type { CliIo } from "../cli-io";
import type { CliCommand } from "../parse-args";
import { printJson } from "../print-json";
import { choosePassword } from "./choose-password";

type ResetPasswordCommand = Extract<CliCommand, { name: "reset-password" }>;

/**
 * `reset-password`: a new password for an account, piped in or generated
 * (and then printed once). The account is signed out everywhere and its
 * API tokens are revoked, as with a reset in the app.
 */
export async function resetPassword(command: ResetPasswordCommand, io: CliIo): Promise<void> {
  const actor = await findActingUser(command.as);
  const { password, generated } = await choosePassword(command, io);
  const input = resetPasswordSchema.safeParse({ email: command.email, password });
  if (!input.success) throw validationError(input.error);
  const result = await setPassword(actor, input.data);
  if (command.json) return printJson(io, { ...result, ...(generated ? { password } : {}) });
  await io.out(
    `Password reset for ${result.email}; ended ${plural(result.endedSessions, "session")} and revoked ${plural(result.revokedTokens, "API token")}.\n`,
  );
  if (generated) await io.out(`New password (shown only now): ${password}\n`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
