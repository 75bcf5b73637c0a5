import type { ArticleResource } from "@/lib/api/schemas/article";
import { dateToDueDay, dueDayToDate } from "@/lib/assignments/due-dates";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { findArticleResource } from "@/lib/data/articles/article-resource";
import { articleConflict } from "@/lib/data/articles/update-article-metadata";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canAssignWork } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ArticleAssignmentInput } from "@/lib/schemas/assignment";
import { checkAssignable } from "./check-assignable";

/**
 * Sets an article's lead editor, its assignee (a reviewer owning the whole
 * article) and its due day. Nothing is copied onto its claims: My work
 * shows the article's assignee as the owner of the claims that have none.
 * Optimistic on `updatedAt`, the token the article API already uses for
 * edits (the version column moves with it).
 */
export async function assignArticle(
  actor: SessionUser,
  articleId: string,
  input: ArticleAssignmentInput,
): Promise<ArticleResource> {
  assertAllowed(canAssignWork(actor), "Only editors and admins can assign articles.");
  const { updatedAt, dueAt, ...people } = input;
  const stale = Symbol("stale");
  await db
    .$transaction(async (tx) => {
      const before = await tx.article.findUnique({ where: { id: articleId } });
      if (!before) throw new AppError("NOT_FOUND", "That article does not exist. It may have been deleted.");
      await checkAssignable(tx, "assigneeId", people.assigneeId);
      await checkAssignable(tx, "leadEditorId", people.leadEditorId);
      const seen = new Date(updatedAt);
      const changed = await tx.article.updateMany({
        where: { id: articleId, updatedAt: seen },
        data: {
          ...people,
          ...(dueAt !== undefined ? { dueAt: dueDayToDate(dueAt) } : {}),
          version: { increment: 1 },
          updatedAt: new Date(Math.max(Date.now(), seen.getTime() + 1)),
        },
      });
      if (changed.count === 0) throw stale;
      await recordAudit(tx, {
        action: "article.assigned",
        actorId: actor.id,
        entityType: "article",
        entityId: articleId,
        articleId,
        data: {
          before: {
            leadEditorId: before.leadEditorId,
            assigneeId: before.assigneeId,
            dueAt: dateToDueDay(before.dueAt),
          },
          changes: { ...people, dueAt },
        },
      });
    })
    .catch(async (error: unknown) => {
      throw error === stale ? await articleConflict(articleId, "assign it") : error;
    });
  return (await findArticleResource(articleId)) as ArticleResource;
}
