import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { syncStatuses } from "@/lib/data/statuses/sync-statuses";
import { getSettings } from "@/lib/data/settings/get-settings";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canWriteVerdicts } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { archiveEntryId } from "@/lib/claim-matching/archive-entry-id";
import { basisFor } from "@/lib/data/matches/verdict-start";
import type { CreateVerdictInput } from "@/lib/schemas/verdict";
import { claimStatusIn, noteIfDisputed } from "./track-dispute";
import { assertEnoughSources, findChoosableRating, writeRevision } from "./write-revision";

/**
 * A reviewer's verdict on a claim, saved as a draft or submitted for review.
 * One open verdict per reviewer per claim: a second one would compete with
 * the first, so the reviewer is sent to edit it instead. Started from a
 * "Checked before?" match (`basedOn`), it records a snapshot of that entry.
 */
export async function createVerdict(
  actor: SessionUser,
  claimId: string,
  input: CreateVerdictInput,
): Promise<{ id: string }> {
  assertAllowed(canWriteVerdicts(actor), "Only reviewers and admins can write verdicts.");
  const settings = await getSettings();
  if (input.submit) assertEnoughSources(input.sources, settings.minSourcesToSubmit);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId } });
    if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist. It may have been deleted.");
    if (claim.dismissedAt)
      throw new AppError(
        "CONFLICT",
        "This claim was dismissed as not check-worthy. An editor must restore it before it gets a verdict.",
      );
    const mine = await tx.verdict.findFirst({
      where: { claimId, authorId: actor.id, state: { not: "closed" } },
    });
    if (mine)
      throw new AppError("CONFLICT", "You already have a verdict on this claim. Edit it instead.", {
        verdictId: mine.id,
      });
    const rating = await findChoosableRating(tx, input.rating);
    const before = await claimStatusIn(tx, claimId);

    const state = input.submit ? "submitted" : "draft";
    const basis = input.basedOn ? await basisFor(tx, input.basedOn) : null;
    if (basis?.entryId === archiveEntryId.claim(claimId))
      throw new AppError("VALIDATION", "A verdict cannot be based on the claim it is about.");
    const verdict = await tx.verdict.create({
      data: { claimId, authorId: actor.id, state, ...(basis ? { basis: { create: basis } } : {}) },
    });
    await writeRevision(tx, {
      verdictId: verdict.id,
      version: 1,
      ratingId: rating.id,
      content: input,
      authorId: actor.id,
      submitted: input.submit,
    });
    await syncStatuses(tx, { claimIds: [claimId] });
    const context = {
      actorId: actor.id,
      entityType: "verdict" as const,
      entityId: verdict.id,
      articleId: claim.articleId,
      claimId,
    };
    await recordAudit(tx, {
      ...context,
      action: "verdict.drafted",
      data: {
        rating: rating.key,
        ratingLabel: rating.label,
        version: 1,
        ...(basis ? { basedOn: basis.publisher, basedOnEntry: basis.entryId } : {}),
      },
    });
    if (input.submit) {
      await recordAudit(tx, {
        ...context,
        action: "verdict.submitted",
        data: { rating: rating.key, ratingLabel: rating.label, version: 1 },
      });
      await noteIfDisputed(tx, actor, claim, before);
    }
    return { id: verdict.id };
  });
}
