import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canComment } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";

/** Adds to a claim's discussion thread. */
export async function addComment(
  actor: SessionUser,
  claimId: string,
  input: { body: string },
): Promise<{ id: string }> {
  assertAllowed(canComment(actor), "Viewers can read the discussion but not comment.");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: claimId } });
    if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist. It may have been deleted.");
    const comment = await tx.comment.create({ data: { claimId, authorId: actor.id, body: input.body } });
    await recordAudit(tx, {
      action: "comment.added",
      actorId: actor.id,
      entityType: "comment",
      entityId: comment.id,
      articleId: claim.articleId,
      claimId,
    });
    return { id: comment.id };
  });
}
