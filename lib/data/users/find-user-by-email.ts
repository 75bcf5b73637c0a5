import type { UserView } from "@/lib/api/schemas/user";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { emailSchema } from "@/lib/schemas/user";
import { parseInput } from "./parse-input";
import { loadUserResource } from "./user-resource";

/** One account, by email (the command line names users that way). Admins only. */
export async function findUserByEmail(actor: SessionUser, rawEmail: string): Promise<UserView> {
  assertAllowed(canManageUsers(actor), "Only admins can see user accounts.");
  const email = parseInput(emailSchema, rawEmail);
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new AppError("NOT_FOUND", `No user has the email ${email}.`);
  return loadUserResource(db, user.id);
}
