import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canEditArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";

/**
 * Deletes an article with everything under it: revisions, claims, their
 * verdicts (revisions, sources cited, reviews) and comments, and withdrawn
 * report snapshots, by the schema's cascades, in one statement. Sources stay:
 * other verdicts may cite them. The audit trail keeps a snapshot.
 *
 * A report that is published (a live public snapshot) refuses the delete
 * with CONFLICT: deleting would silently take a public page down, which is a
 * decision to make on its own ("Unpublish" first). The check is part of the
 * DELETE's own WHERE, so a publication made at the same moment cannot slip
 * between the check and the delete.
 */
export async function deleteArticle(actor: SessionUser, articleId: string): Promise<void> {
  assertAllowed(canEditArticles(actor), "Only editors and admins can delete articles.");
  await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      include: { _count: { select: { claims: true, revisions: true } } },
    });
    if (!article)
      throw new AppError("NOT_FOUND", "That article does not exist. It may have been deleted already.");
    const deleted = await tx.article.deleteMany({
      where: { id: articleId, publications: { none: { withdrawnAt: null } } },
    });
    if (deleted.count === 0) {
      throw new AppError(
        "CONFLICT",
        "This article's report is published. Unpublish the report first, then delete the article.",
        {
          published: true,
        },
      );
    }
    const { _count: counts, ...fields } = article;
    await recordAudit(tx, {
      action: "article.deleted",
      actorId: actor.id,
      entityType: "article",
      entityId: articleId,
      articleId,
      data: { article: fields, claims: counts.claims, revisions: counts.revisions },
    });
  });
}
