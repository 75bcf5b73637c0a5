import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { syncStatuses } from "@/lib/data/statuses/sync-statuses";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canResolveDisputes } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ResolveDisputeInput } from "@/lib/schemas/verdict";
import { claimStatusIn } from "./track-dispute";

/**
 * Ends a dispute: the chosen verdict stands, every other submitted verdict
 * on the claim is closed with the reason kept. The standing verdict still
 * needs its approvals like any other.
 */
export async function resolveDispute(
  actor: SessionUser,
  claimId: string,
  input: ResolveDisputeInput,
): Promise<void> {
  assertAllowed(canResolveDisputes(actor), "Only editors and admins can resolve disputes.");
  await db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId }, include: { verdicts: true } });
    if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist. It may have been deleted.");
    if ((await claimStatusIn(tx, claimId)) !== "disputed") {
      throw new AppError(
        "CONFLICT",
        "This claim is no longer disputed: someone resolved it or its verdicts changed. Reload to see where it stands.",
      );
    }
    const keep = claim.verdicts.find((v) => v.id === input.keepVerdictId && v.state === "submitted");
    if (!keep)
      throw new AppError("VALIDATION", "Choose one of the claim's submitted verdicts.", {
        fields: { keepVerdictId: "Choose a submitted verdict." },
      });
    const others = claim.verdicts.filter((v) => v.id !== keep.id && v.state === "submitted");
    const closedAt = new Date();
    for (const verdict of others) {
      await tx.verdict.update({
        where: { id: verdict.id },
        data: { state: "closed", closedAt, closedReason: input.reason, lockVersion: { increment: 1 } },
      });
      await recordAudit(tx, {
        action: "verdict.closed",
        actorId: actor.id,
        entityType: "verdict",
        entityId: verdict.id,
        articleId: claim.articleId,
        claimId,
        data: { reason: input.reason, standing: keep.id },
      });
    }
    await syncStatuses(tx, { claimIds: [claimId] });
    await recordAudit(tx, {
      action: "dispute.resolved",
      actorId: actor.id,
      entityType: "claim",
      entityId: claimId,
      articleId: claim.articleId,
      claimId,
      data: { standing: keep.id, closed: others.map((v) => v.id), reason: input.reason },
    });
  });
}
