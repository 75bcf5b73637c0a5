import type { CreatedInvitation } from "@/lib/api/schemas/user";
import type { SessionUser } from "@/lib/auth/roles";
import { createAccountLink } from "@/lib/data/account-links/create-account-link";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { invitationEmail } from "@/lib/mail/account-emails";
import { inviteUserSchema, type InviteUserInput } from "@/lib/schemas/user";
import { accountLinkUrl } from "./account-link-url";
import { deliverAccountLink, mailSettingsOrFail } from "./deliver-account-link";
import { emailTaken } from "./insert-user";
import { invitationInclude, toInvitationResource } from "./invitation-resource";
import { parseInput } from "./parse-input";
import { withdrawOpenLinks } from "./revoke-access";

/**
 * Invites someone by a single-use link that expires in 7 days. Admins only.
 * An email that already has an account is CONFLICT; inviting an email again
 * withdraws the earlier link, so only the newest one works. With SMTP
 * configured the link is emailed and not returned; without, it is returned
 * for the admin to pass on. `origin` is the app's public origin.
 */
export async function inviteUser(
  actor: SessionUser,
  rawInput: InviteUserInput,
  { origin }: { origin: string },
): Promise<CreatedInvitation> {
  assertAllowed(canManageUsers(actor), "Only admins can invite people.");
  const input = parseInput(inviteUserSchema, rawInput);
  const mail = mailSettingsOrFail();
  const now = new Date();
  const { link, secret, replaced } = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw emailTaken(input.email);
    }
    const replaced = await withdrawOpenLinks(tx, "invite", { email: input.email }, now);
    const { id, secret } = await createAccountLink(tx, {
      purpose: "invite",
      email: input.email,
      name: input.name,
      role: input.role,
      createdById: actor.id,
      now,
    });
    await recordAudit(tx, {
      action: "user.invited",
      actorId: actor.id,
      entityType: "invitation",
      entityId: id,
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        replaced,
        delivery: mail ? "email" : "link",
      },
      at: now,
    });
    const link = await tx.accountLink.findUniqueOrThrow({ where: { id }, include: invitationInclude });
    return { link, secret, replaced };
  });
  const url = accountLinkUrl(origin, "invite", secret);
  const delivered = await deliverAccountLink(
    mail,
    { id: link.id, url, expiresAt: link.expiresAt },
    invitationEmail({
      to: input.email,
      name: input.name,
      invitedBy: actor.name,
      role: input.role,
      url,
      expiresAt: link.expiresAt,
    }),
    {
      action: "user.invitation_revoked",
      actorId: actor.id,
      entityType: "invitation",
      entityId: link.id,
      data: { email: input.email, reason: "the invitation email could not be sent", replaced },
    },
  );
  return { invitation: toInvitationResource(link, now), ...delivered };
}
