import type { InvitationState, UserState } from "@/lib/api/schemas/user";

/** Deactivated means disabledAt is set: such a user can neither sign in nor use a token. */
export function userStateOf(user: { disabledAt: Date | null }): UserState {
  return user.disabledAt ? "deactivated" : "active";
}

/** An invitation not yet accepted or withdrawn is pending until it expires. */
export function invitationStateOf(link: { expiresAt: Date }, now = new Date()): InvitationState {
  return link.expiresAt <= now ? "expired" : "pending";
}

/** What the admin pages call each state. */
export const userStateLabels: Record<UserState, string> = { active: "Active", deactivated: "Deactivated" };
export const invitationStateLabels: Record<InvitationState, string> = {
  pending: "Waiting for an answer",
  expired: "Expired",
};
