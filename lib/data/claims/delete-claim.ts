import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { syncStatuses } from "@/lib/data/statuses/sync-statuses";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canAnnotateClaims } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";

/**
 * Deletes a claim and its verdicts. A claim that has verdicts is only
 * deleted when the caller confirms (`withVerdicts`), so an API call cannot
 * discard reviewers' work by accident. The audit trail keeps a snapshot.
 */
export async function deleteClaim(
  actor: SessionUser,
  claimId: string,
  options: { withVerdicts: boolean },
): Promise<void> {
  assertAllowed(canAnnotateClaims(actor), "Only editors and admins can delete claims.");
  await db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      include: { verdicts: { include: { revisions: { include: { rating: true } } } } },
    });
    if (!claim)
      throw new AppError("NOT_FOUND", "That claim does not exist. It may have been deleted already.");
    if (claim.verdicts.length > 0 && !options.withVerdicts) {
      throw new AppError(
        "CONFLICT",
        `This claim has ${claim.verdicts.length} ${claim.verdicts.length === 1 ? "verdict" : "verdicts"}. Confirm to delete the claim with them.`,
        { verdictCount: claim.verdicts.length },
      );
    }
    const { verdicts, ...fields } = claim;
    await recordAudit(tx, {
      action: "claim.deleted",
      actorId: actor.id,
      entityType: "claim",
      entityId: claimId,
      articleId: claim.articleId,
      claimId,
      data: {
        claim: fields,
        verdicts: verdicts.map((v) => ({
          id: v.id,
          authorId: v.authorId,
          state: v.state,
          ratings: v.revisions.map((r) => ({ version: r.version, rating: r.rating.key, summary: r.summary })),
        })),
      },
    });
    await tx.claim.delete({ where: { id: claimId } });
    await syncStatuses(tx, { articleIds: [claim.articleId] });
  });
}
