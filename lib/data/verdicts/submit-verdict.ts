import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { syncStatuses } from "@/lib/data/statuses/sync-statuses";
import { getSettings } from "@/lib/data/settings/get-settings";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canChangeVerdict } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { claimVerdictLock, loadVerdict } from "./load-verdict";
import { claimStatusIn, noteIfDisputed } from "./track-dispute";
import { assertEnoughSources } from "./write-revision";

/** Submits a draft verdict for review, as it stands. */
export async function submitVerdict(
  actor: SessionUser,
  verdictId: string,
  input: { baseVersion: number },
): Promise<void> {
  const settings = await getSettings();
  await db.$transaction(async (tx) => {
    const verdict = await loadVerdict(tx, verdictId);
    assertAllowed(
      canChangeVerdict(actor, verdict),
      "Only the verdict's author (a reviewer or an admin) can submit it.",
    );
    if (verdict.state !== "draft")
      throw new AppError("CONFLICT", "This verdict is not a draft: it was already submitted or closed.");
    await claimVerdictLock(tx, verdictId, input.baseVersion);
    const revision = await tx.verdictRevision.findUniqueOrThrow({
      where: { verdictId_version: { verdictId, version: verdict.currentVersion } },
      include: { sources: true, rating: true },
    });
    assertEnoughSources(revision.sources, settings.minSourcesToSubmit);
    if (revision.rating.retiredAt) {
      throw new AppError(
        "VALIDATION",
        "This draft's rating was retired. Choose another rating before submitting.",
        {
          fields: { rating: "This rating was retired." },
        },
      );
    }
    const before = await claimStatusIn(tx, verdict.claimId);
    await tx.verdictRevision.update({ where: { id: revision.id }, data: { submittedAt: new Date() } });
    await tx.verdict.update({ where: { id: verdictId }, data: { state: "submitted" } });
    await syncStatuses(tx, { claimIds: [verdict.claimId] });
    await recordAudit(tx, {
      action: "verdict.submitted",
      actorId: actor.id,
      entityType: "verdict",
      entityId: verdictId,
      articleId: verdict.claim.articleId,
      claimId: verdict.claimId,
      data: { version: revision.version, rating: revision.rating.key, ratingLabel: revision.rating.label },
    });
    await noteIfDisputed(tx, actor, verdict.claim, before);
  });
}
