import { roleSchema, type SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * The user a command line run acts as: the account with this email, or the
 * first admin (the oldest) when none is named. There is no password check:
 * whoever runs the CLI on the server can already open the database, so the
 * choice only decides whose name goes into the audit trail and which
 * permissions the use cases apply. Disabled accounts cannot act.
 */
export async function findActingUser(email?: string): Promise<SessionUser> {
  const user = email
    ? await db.user.findUnique({ where: { email: email.trim().toLowerCase() } })
    : await db.user.findFirst({
        where: { role: "admin", disabledAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
  if (!user) {
    throw new AppError(
      "NOT_FOUND",
      email
        ? `No user has the email ${email}.`
        : "There is no admin account to act as: create the first one with `create-user --role admin`, or name a user with --as <email>.",
    );
  }
  if (user.disabledAt) throw new AppError("FORBIDDEN", `The account ${user.email} is disabled.`);
  const role = roleSchema.safeParse(user.role);
  if (!role.success)
    throw new AppError("FORBIDDEN", `The account ${user.email} has an unknown role (${user.role}).`);
  return { id: user.id, email: user.email, name: user.name, role: role.data };
}
