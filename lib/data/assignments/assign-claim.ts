import type { ClaimResource } from "@/lib/api/schemas/claim";
import { dateToDueDay, dueDayToDate } from "@/lib/assignments/due-dates";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit, type AuditAction } from "@/lib/data/audit/record-audit";
import { getClaimResource } from "@/lib/data/claims/claim-resource";
import { conflict } from "@/lib/data/claims/update-claim";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canAssignWork } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ClaimAssignmentInput } from "@/lib/schemas/assignment";
import { checkAssignable } from "./check-assignable";

/**
 * Assigns a claim to a reviewer, unassigns it (assigneeId null) or sets its
 * due day; the desk's move (editors and admins). Optimistic on the claim's
 * version, like every claim edit: a stale version is refused with CONFLICT
 * and the claim as it is now.
 */
export async function assignClaim(
  actor: SessionUser,
  claimId: string,
  input: ClaimAssignmentInput,
): Promise<ClaimResource> {
  assertAllowed(canAssignWork(actor), "Only editors and admins can assign claims.");
  const stale = Symbol("stale");
  await db
    .$transaction(async (tx) => {
      const claim = await tx.claim.findUnique({ where: { id: claimId } });
      if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist. It may have been deleted.");
      await checkAssignable(tx, "assigneeId", input.assigneeId);
      const changes = {
        ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
        ...(input.dueAt !== undefined ? { dueAt: dueDayToDate(input.dueAt) } : {}),
      };
      const changed = await tx.claim.updateMany({
        where: { id: claimId, version: input.version },
        data: { ...changes, version: { increment: 1 } },
      });
      if (changed.count === 0) throw stale;
      await recordAudit(tx, {
        action: actionFor(claim.assigneeId, input.assigneeId),
        actorId: actor.id,
        entityType: "claim",
        entityId: claimId,
        articleId: claim.articleId,
        claimId,
        data: {
          before: { assigneeId: claim.assigneeId, dueAt: dateToDueDay(claim.dueAt) },
          changes: { assigneeId: input.assigneeId, dueAt: input.dueAt },
        },
      });
    })
    .catch(async (error: unknown) => {
      throw error === stale ? await conflict(claimId) : error;
    });
  return (await getClaimResource(claimId)) as ClaimResource;
}

/** The word for the change: a new owner, no owner, or (owner unchanged) a new due day. */
function actionFor(before: string | null, after: string | null | undefined): AuditAction {
  if (after === undefined || after === before) return "claim.due_changed";
  return after === null ? "claim.unassigned" : "claim.assigned";
}
