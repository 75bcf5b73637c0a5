import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";

/**
 * Withdraws an invitation: its link stops working at once. Admins only.
 * Withdrawing one already withdrawn changes nothing, so a retry is safe; an
 * accepted one is CONFLICT (the account exists: deactivate it instead).
 */
export async function withdrawInvitation(actor: SessionUser, invitationId: string): Promise<void> {
  assertAllowed(canManageUsers(actor), "Only admins can withdraw invitations.");
  await db.$transaction(async (tx) => {
    const link = await tx.accountLink.findUnique({ where: { id: invitationId } });
    if (!link || link.purpose !== "invite")
      throw new AppError("NOT_FOUND", "That invitation does not exist.");
    if (link.usedAt) {
      throw new AppError(
        "CONFLICT",
        `${link.email} accepted this invitation already. To stop them signing in, deactivate their account.`,
      );
    }
    const now = new Date();
    const withdrawn = await tx.accountLink.updateMany({
      where: { id: link.id, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (withdrawn.count === 0) return;
    await recordAudit(tx, {
      action: "user.invitation_revoked",
      actorId: actor.id,
      entityType: "invitation",
      entityId: link.id,
      data: { email: link.email, name: link.name, role: link.role },
      at: now,
    });
  });
}
