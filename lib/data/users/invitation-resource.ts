import type { InvitationView } from "@/lib/api/schemas/user";
import { roleSchema } from "@/lib/auth/roles";
import type { AccountLink } from "@/lib/db/generated/client";
import { invitationStateOf } from "./user-state";

/** Invitations still open: not accepted, not withdrawn (expired ones included, so admins see them lapse). */
export const openInvitationWhere = { purpose: "invite", usedAt: null, revokedAt: null } as const;

export const invitationInclude = { createdBy: { select: { id: true, name: true } } } as const;

type InvitationLink = AccountLink & { createdBy: { id: string; name: string } | null };

/** An invitation link as admins see it; never its secret or hash. */
export function toInvitationResource(link: InvitationLink, now = new Date()): InvitationView {
  return {
    id: link.id,
    email: link.email ?? "",
    name: link.name ?? "",
    role: roleSchema.catch("viewer").parse(link.role),
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt.toISOString(),
    invitedBy: link.createdBy,
    state: invitationStateOf(link, now),
  };
}
