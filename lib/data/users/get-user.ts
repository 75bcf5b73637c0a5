import type { UserView } from "@/lib/api/schemas/user";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { loadUserResource } from "./user-resource";

/** One account, by id. Admins only; an unknown id is NOT_FOUND. */
export async function getUser(actor: SessionUser, userId: string): Promise<UserView> {
  assertAllowed(canManageUsers(actor), "Only admins can see user accounts.");
  return loadUserResource(db, userId);
}
