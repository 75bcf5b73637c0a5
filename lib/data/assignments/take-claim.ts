import type { ClaimResource } from "@/lib/api/schemas/claim";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { getClaimResource } from "@/lib/data/claims/claim-resource";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canTakeClaim, canWriteVerdicts } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { TakeClaimInput } from "@/lib/schemas/assignment";

/**
 * A reviewer takes a claim nobody owns: it becomes theirs. The write is
 * conditional on the claim still having no assignee (and on the version,
 * when the caller sends it), so two reviewers taking it at once cannot both
 * win: the second gets CONFLICT with the claim showing who has it.
 */
export async function takeClaim(
  actor: SessionUser,
  claimId: string,
  input: TakeClaimInput,
): Promise<ClaimResource> {
  assertAllowed(canWriteVerdicts(actor), "Only reviewers and admins can take claims.");
  const taken = Symbol("taken");
  await db
    .$transaction(async (tx) => {
      const claim = await tx.claim.findUnique({ where: { id: claimId } });
      if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist. It may have been deleted.");
      if (!canTakeClaim(actor, claim)) throw taken;
      const changed = await tx.claim.updateMany({
        where: {
          id: claimId,
          assigneeId: null,
          ...(input.version !== undefined ? { version: input.version } : {}),
        },
        data: { assigneeId: actor.id, version: { increment: 1 } },
      });
      if (changed.count === 0) throw taken;
      await recordAudit(tx, {
        action: "claim.taken",
        actorId: actor.id,
        entityType: "claim",
        entityId: claimId,
        articleId: claim.articleId,
        claimId,
      });
    })
    .catch(async (error: unknown) => {
      throw error === taken ? await takenConflict(claimId) : error;
    });
  return (await getClaimResource(claimId)) as ClaimResource;
}

/** CONFLICT saying who has the claim now (or that it changed), with the claim as it is. */
async function takenConflict(claimId: string): Promise<AppError> {
  const current = await getClaimResource(claimId);
  if (!current) return new AppError("NOT_FOUND", "That claim was deleted by someone else.");
  const message = current.assignee
    ? `${current.assignee.name} has this claim already. Pick another one that nobody has taken.`
    : "This claim changed while you were looking at it. Take it again if it still needs you.";
  return new AppError("CONFLICT", message, { current, currentVersion: current.version });
}
