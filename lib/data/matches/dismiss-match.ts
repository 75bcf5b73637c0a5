import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canWriteVerdicts } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { parseArchiveEntryId } from "@/lib/claim-matching/archive-entry-id";

/**
 * A reviewer says an archive entry is unrelated to a claim: it is never
 * shown for that claim again. Dismissing it twice is not an error (two
 * reviewers may do it at once); the first dismissal is kept.
 */
export async function dismissMatch(
  actor: SessionUser,
  claimId: string,
  entryId: string,
): Promise<{ entryId: string; createdAt: Date }> {
  assertAllowed(canWriteVerdicts(actor), "Only reviewers and admins can dismiss a match.");
  if (!parseArchiveEntryId(entryId))
    throw new AppError(
      "VALIDATION",
      "That is not a match: entryId names an archive entry, like fact-check:….",
    );
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: { id: true, articleId: true },
    });
    if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist. It may have been deleted.");
    const known = await tx.matchDismissal.findUnique({ where: { claimId_entryId: { claimId, entryId } } });
    if (known) return { entryId, createdAt: known.createdAt };
    const row = await tx.matchDismissal.create({ data: { claimId, entryId, dismissedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "claim",
      entityId: claimId,
      articleId: claim.articleId,
      claimId,
      action: "claim.match_dismissed",
      data: { entryId },
    });
    return { entryId, createdAt: row.createdAt };
  });
}
