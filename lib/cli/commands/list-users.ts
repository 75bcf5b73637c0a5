import type { UserView } from "@/lib/api/schemas/user";
import { findActingUser } from "@/lib/data/users/find-acting-user";
import { listUsers as loadUsers } from "@/lib/data/users/list-users";
import { userStateLabels } from "@/lib/data/users/user-state";
import type { CliIo } from "../cli-io";
import { truncate } from "@/lib/article/format";
import { formatTable } from "../format-table";
import type { CliCommand } from "../parse-args";
import { printJson } from "../print-json";

type UsersCommand = Extract<CliCommand, { name: "users" }>;

const NAME_WIDTH = 40;

/** `users`: the admin page's team table (or JSON), by name, with the open invitations in JSON. */
export async function listUsers(command: UsersCommand, io: CliIo): Promise<void> {
  const { users, invitations } = await loadUsers(await findActingUser(command.as));
  if (command.json) return printJson(io, { users, invitations });
  await io.out(
    formatTable(
      [
        { header: "EMAIL" },
        { header: "NAME" },
        { header: "ROLE" },
        { header: "STATE" },
        { header: "LAST SIGN-IN" },
        { header: "TOKENS", align: "right" },
      ],
      users.map((user) => [
        user.email,
        truncate(user.name, NAME_WIDTH),
        user.role,
        userStateLabels[user.state].toLowerCase(),
        lastSignIn(user),
        String(user.activeTokens),
      ]),
    ),
  );
  if (invitations.length > 0) {
    const pending = invitations.filter((invitation) => invitation.state === "pending").length;
    await io.out(
      `\n${invitations.length} open invitation(s), ${pending} pending: see --json or Admin › Users.\n`,
    );
  }
}

/** "2026-12-01 14:05 UTC", or "never". */
function lastSignIn(user: UserView): string {
  return user.lastSignInAt ? `${user.lastSignInAt.slice(0, 16).replace("T", " ")} UTC` : "never";
}
