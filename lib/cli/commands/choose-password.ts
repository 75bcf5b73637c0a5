import type { CliIo } from "../cli-io";
import { generatePassword, passwordFromStdin } from "../passwords";

/**
 * The password for create-user / reset-password: piped in with
 * --password-stdin (never as a flag, where it would sit in the shell history
 * and the process list), else generated. `generated` says whether to print it.
 */
export async function choosePassword(
  command: { passwordFromStdin: boolean },
  io: CliIo,
): Promise<{ password: string; generated: boolean }> {
  if (!command.passwordFromStdin) return { password: generatePassword(), generated: true };
  if (io.isStdinTerminal)
    await io.err("Type the password, then press Enter and Ctrl-D (it will show as you type).\n");
  return { password: passwordFromStdin(await io.readStdin()), generated: false };
}
