import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { claimStatusInclude, describeClaimStatus } from "@/lib/data/claims/claim-status-query";
import { getSettings } from "@/lib/data/settings/get-settings";
import type { Tx } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/review/claim-status";

/** The claim's derived status as seen inside a transaction. */
export async function claimStatusIn(tx: Tx, claimId: string): Promise<ClaimStatus> {
  const [claim, settings] = await Promise.all([
    tx.claim.findUniqueOrThrow({ where: { id: claimId }, include: claimStatusInclude }),
    // Read inside the transaction: a query on the outer client would have to wait for it.
    getSettings(tx),
  ]);
  return describeClaimStatus(claim, settings).status;
}

/**
 * Records "claim.disputed" in the timeline when a change made a claim's
 * verdicts disagree; this only notes the moment (the stored status is
 * syncStatuses' business).
 */
export async function noteIfDisputed(
  tx: Tx,
  actor: SessionUser,
  claim: { id: string; articleId: string },
  before: ClaimStatus,
) {
  const after = await claimStatusIn(tx, claim.id);
  if (after === "disputed" && before !== "disputed") {
    await recordAudit(tx, {
      action: "claim.disputed",
      actorId: actor.id,
      entityType: "claim",
      entityId: claim.id,
      articleId: claim.articleId,
      claimId: claim.id,
    });
  }
}
