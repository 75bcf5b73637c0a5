import { roleSchema, type Role } from "@/lib/auth/roles";
import { findUsableAccountLink } from "@/lib/data/account-links/use-account-link";
import { db } from "@/lib/db/client";

export interface InvitationPreview {
  email: string;
  name: string;
  role: Role;
  invitedBy: string | null;
  expiresAt: Date;
}

/**
 * What the join page shows for a link: who invited whom, as what. Null for
 * any link that cannot be used (unknown, used, withdrawn, expired). Public:
 * only someone holding the secret learns the invited email.
 */
export async function findInvitation(secret: string): Promise<InvitationPreview | null> {
  const link = await findUsableAccountLink(secret, "invite");
  const role = roleSchema.safeParse(link?.role);
  if (!link?.email || !role.success) return null;
  const inviter = link.createdById
    ? await db.user.findUnique({ where: { id: link.createdById }, select: { name: true } })
    : null;
  return {
    email: link.email,
    name: link.name ?? "",
    role: role.data,
    invitedBy: inviter?.name ?? null,
    expiresAt: link.expiresAt,
  };
}
