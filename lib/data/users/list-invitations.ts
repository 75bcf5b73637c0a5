import type { InvitationView } from "@/lib/api/schemas/user";
import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { invitationInclude, openInvitationWhere, toInvitationResource } from "./invitation-resource";

/** Invitations not accepted or withdrawn, newest first, expired ones included. Admins only. */
export async function listInvitations(actor: SessionUser, now = new Date()): Promise<InvitationView[]> {
  assertAllowed(canManageUsers(actor), "Only admins can see invitations.");
  const links = await db.accountLink.findMany({
    where: openInvitationWhere,
    include: invitationInclude,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return links.map((link) => toInvitationResource(link, now));
}
