import { findActingUser } from "@/lib/data/users/find-acting-user";
import { findUserByEmail } from "@/lib/data/users/find-user-by-email";
import { updateUser } from "@/lib/data/users/update-user";
import type { CliIo } from "../cli-io";
import type { CliCommand } from "../parse-args";
import { printJson } from "../print-json";

type SetActiveCommand = Extract<CliCommand, { name: "deactivate" | "reactivate" }>;

/**
 * `deactivate` / `reactivate`: the admin page's switch, through the same use
 * case (so the last admin and self rules hold, and sessions end at once).
 */
export async function setUserActive(command: SetActiveCommand, io: CliIo): Promise<void> {
  const actor = await findActingUser(command.as);
  const target = await findUserByEmail(actor, command.email);
  const active = command.name === "reactivate";
  const user = await updateUser(actor, target.id, { version: target.version, active });
  if (command.json) return printJson(io, user);
  const unchanged = target.state === user.state;
  await io.out(
    unchanged
      ? `${user.email} is already ${user.state}.\n`
      : `${active ? "Reactivated" : "Deactivated"} ${user.email} (${user.name})${active ? "" : "; their sessions have ended"}.\n`,
  );
}
