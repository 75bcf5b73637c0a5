import type { ArticleResource } from "@/lib/api/schemas/article";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canEditArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { UpdateArticleMetadataInput } from "@/lib/schemas/article";
import { findArticleResource } from "./article-resource";

/**
 * Edits an article's details (title, byline, dateline, publication date,
 * source URL); its text changes only through revisions. Optimistic
 * concurrency on `updatedAt`, which every change to the article moves: if it
 * is not the one the caller read, nothing is written and the CONFLICT carries
 * the article as it is now. Unlike importing, a source URL another article
 * already has is accepted: the duplicate check guards against importing twice
 * by accident, and an edit is deliberate.
 */
export async function updateArticleMetadata(
  actor: SessionUser,
  articleId: string,
  input: UpdateArticleMetadataInput,
): Promise<ArticleResource> {
  assertAllowed(canEditArticles(actor), "Only editors and admins can edit articles.");
  const { updatedAt, publishedAt, ...fields } = input;
  const changes = {
    ...fields,
    ...(publishedAt !== undefined
      ? { publishedAt: publishedAt ? new Date(`${publishedAt}T00:00:00Z`) : null }
      : {}),
  };
  const stale = Symbol("stale");
  await db
    .$transaction(async (tx) => {
      const before = await tx.article.findUnique({ where: { id: articleId } });
      if (!before) throw new AppError("NOT_FOUND", "That article does not exist. It may have been deleted.");
      const seen = new Date(updatedAt);
      const changed = await tx.article.updateMany({
        where: { id: articleId, updatedAt: seen },
        // Set rather than left to @updatedAt, whose clock alone could give two
        // edits in one millisecond the same token (as ratings do it).
        data: {
          ...changes,
          version: { increment: 1 },
          updatedAt: new Date(Math.max(Date.now(), seen.getTime() + 1)),
        },
      });
      if (changed.count === 0) throw stale;
      await recordAudit(tx, {
        action: "article.edited",
        actorId: actor.id,
        entityType: "article",
        entityId: articleId,
        articleId,
        data: {
          before: {
            title: before.title,
            byline: before.byline,
            dateline: before.dateline,
            publishedAt: before.publishedAt,
            sourceUrl: before.sourceUrl,
          },
          changes: { ...fields, publishedAt },
        },
      });
    })
    .catch(async (error: unknown) => {
      throw error === stale ? await articleConflict(articleId) : error;
    });
  return (await findArticleResource(articleId)) as ArticleResource;
}

/**
 * CONFLICT carrying the article as it is now, read after the failed
 * transaction; `retry` says what to do again ("apply your edit").
 */
export async function articleConflict(articleId: string, retry = "apply your edit"): Promise<AppError> {
  const current = await findArticleResource(articleId);
  if (!current) return new AppError("NOT_FOUND", "That article was deleted by someone else.");
  return new AppError(
    "CONFLICT",
    `Someone changed this article since you read it. Here it is as it is now; ${retry} again if it still makes sense.`,
    { current },
  );
}
