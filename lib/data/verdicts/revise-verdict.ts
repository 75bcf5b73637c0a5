import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { syncStatuses } from "@/lib/data/statuses/sync-statuses";
import { getSettings } from "@/lib/data/settings/get-settings";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canChangeVerdict } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ReviseVerdictInput } from "@/lib/schemas/verdict";
import { claimVerdictLock, loadVerdict } from "./load-verdict";
import { claimStatusIn, noteIfDisputed } from "./track-dispute";
import { assertEnoughSources, findChoosableRating, writeRevision } from "./write-revision";

/**
 * Changes a verdict. A draft that was never submitted is rewritten in place
 * by its own author; once a verdict has been submitted, every edit is a new
 * revision that is submitted again and needs new approvals, while earlier
 * revisions and their reviews stay in the claim's history. Each revision
 * records who wrote it: an admin editing a reviewer's verdict is the author
 * of that revision.
 */
export async function reviseVerdict(
  actor: SessionUser,
  verdictId: string,
  input: ReviseVerdictInput,
): Promise<{ id: string; version: number }> {
  const settings = await getSettings();
  return db.$transaction(async (tx) => {
    const verdict = await loadVerdict(tx, verdictId);
    assertAllowed(
      canChangeVerdict(actor, verdict),
      "Only the verdict's author (a reviewer or an admin) can change it.",
    );
    if (verdict.state === "closed")
      throw new AppError(
        "CONFLICT",
        "This verdict was closed when its dispute was resolved, so it can no longer change.",
      );
    await claimVerdictLock(tx, verdictId, input.baseVersion);
    const rating = await findChoosableRating(tx, input.rating);
    const submitting = verdict.state === "submitted" || input.submit;
    if (submitting) assertEnoughSources(input.sources, settings.minSourcesToSubmit);
    const before = await claimStatusIn(tx, verdict.claimId);

    const current = await tx.verdictRevision.findUniqueOrThrow({
      where: { verdictId_version: { verdictId, version: verdict.currentVersion } },
    });
    // Only its own author rewrites a draft in place. Someone else's edit is a
    // new revision, so the earlier author stays on record as having written
    // part of this verdict (canReviewVerdict keeps them both from reviewing it).
    const rewriteDraft = current.submittedAt === null && current.authorId === actor.id;
    const version = rewriteDraft ? current.version : current.version + 1;
    if (rewriteDraft) await tx.verdictRevision.delete({ where: { id: current.id } });
    await writeRevision(tx, {
      verdictId,
      version,
      ratingId: rating.id,
      content: input,
      authorId: actor.id,
      submitted: submitting,
    });
    await tx.verdict.update({
      where: { id: verdictId },
      data: { currentVersion: version, state: submitting ? "submitted" : "draft" },
    });
    await syncStatuses(tx, { claimIds: [verdict.claimId] });

    const context = {
      actorId: actor.id,
      entityType: "verdict" as const,
      entityId: verdictId,
      articleId: verdict.claim.articleId,
      claimId: verdict.claimId,
    };
    if (!rewriteDraft)
      await recordAudit(tx, {
        ...context,
        action: "verdict.revised",
        data: { version, rating: rating.key, ratingLabel: rating.label },
      });
    if (submitting)
      await recordAudit(tx, {
        ...context,
        action: "verdict.submitted",
        data: { version, rating: rating.key, ratingLabel: rating.label },
      });
    if (submitting) await noteIfDisputed(tx, actor, verdict.claim, before);
    return { id: verdictId, version };
  });
}
