import type { RevisionListResponse, RevisionResponse } from "@/lib/api/schemas/revision";
import { AppError } from "@/lib/errors/app-error";
import { db } from "@/lib/db/client";
import { getRevision, listRevisions } from "./revisions";

const notFound = () => new AppError("NOT_FOUND", "That article does not exist. It may have been deleted.");

/** The text history of an article, newest first, without the texts. */
export async function listArticleRevisions(articleId: string): Promise<RevisionListResponse> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { revision: true } });
  if (!article) throw notFound();
  const revisions = await listRevisions(articleId);
  return {
    currentRevision: article.revision,
    revisions: revisions.map((revision) => ({
      number: revision.number,
      note: revision.note,
      createdAt: revision.createdAt.toISOString(),
      createdByName: revision.createdBy?.name ?? null,
    })),
  };
}

/** One revision with its full text: what the article said then. */
export async function getArticleRevision(articleId: string, number: number): Promise<RevisionResponse> {
  const revision = await getRevision(articleId, number);
  if (!revision) {
    if (!(await db.article.findUnique({ where: { id: articleId }, select: { id: true } }))) throw notFound();
    throw new AppError("NOT_FOUND", `This article has no revision ${number}.`);
  }
  return {
    revision: {
      number: revision.number,
      note: revision.note,
      createdAt: revision.createdAt.toISOString(),
      createdByName: revision.createdBy?.name ?? null,
      current: revision.number === revision.article.revision,
      text: revision.text,
    },
  };
}
