import { hashPassword } from "@/lib/auth/password";
import { assertAcceptablePassword } from "@/lib/auth/password-strength/assert-acceptable-password";
import { roleSchema, type Role } from "@/lib/auth/roles";
import {
  consumeAccountLink,
  findUsableAccountLink,
  unusableAccountLinkError,
} from "@/lib/data/account-links/use-account-link";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { acceptInvitationSchema, type AcceptInvitationInput } from "@/lib/schemas/user";
import { insertUser } from "./insert-user";
import { parseInput } from "./parse-input";

export interface AcceptedInvitation {
  user: { id: string; email: string; name: string; role: Role };
}

/**
 * Creates the invited account. Public: the link's secret is the proof. The
 * email and role are the invited ones; the name is the invitee's choice.
 * The link is consumed in the same transaction that creates the user, so of
 * two people accepting one link exactly one gets an account. Every unusable
 * link (unknown, used, withdrawn, expired, or an email that got an account
 * meanwhile) gets the same answer, so the endpoint tells nobody which
 * emails have accounts.
 */
export async function acceptInvitation(rawInput: AcceptInvitationInput): Promise<AcceptedInvitation> {
  const input = parseInput(acceptInvitationSchema, rawInput);
  const invitation = await findUsableAccountLink(input.token, "invite");
  const role = roleSchema.safeParse(invitation?.role);
  if (!invitation?.email || !role.success) throw unusableAccountLinkError();
  assertAcceptablePassword(input.password, { email: invitation.email, name: input.name });
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  try {
    const user = await db.$transaction(async (tx) => {
      const link = await consumeAccountLink(tx, input.token, "invite", now);
      const fields = { email: invitation.email!, name: input.name, role: role.data, passwordHash };
      const user = await insertUser(tx, fields, {
        action: "user.invitation_accepted",
        actorId: null,
        data: { invitationId: link.id, invitedById: link.createdById },
        now,
      });
      await tx.accountLink.update({ where: { id: link.id }, data: { userId: user.id } });
      return user;
    });
    return { user: { id: user.id, email: user.email, name: user.name, role: role.data } };
  } catch (error) {
    // The email was given an account after the invitation went out.
    if (isAppError(error) && error.code === "CONFLICT") throw unusableAccountLinkError();
    throw error;
  }
}
