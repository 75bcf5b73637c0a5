import type { UserList } from "@/lib/api/schemas/user";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { listInvitations } from "./list-invitations";
import { toUserResource, userCountsInclude } from "./user-resource";

/** The whole team, by name, with the open invitations. Admins only. */
export async function listUsers(actor: SessionUser, now = new Date()): Promise<UserList> {
  assertAllowed(canManageUsers(actor), "Only admins can see the list of users.");
  const users = await db.user.findMany({ include: userCountsInclude(now) });
  // Sorted here rather than in SQL: SQLite compares bytes, so "ann" would follow "Zoe".
  const byName = users
    .map(toUserResource)
    .sort((a, b) => a.name.localeCompare(b.name, "en") || a.email.localeCompare(b.email, "en"));
  return { users: byName, invitations: await listInvitations(actor, now) };
}
