import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/** The article, its current revision and that revision's text, or NOT_FOUND. */
export async function loadCurrentText(tx: Tx, articleId: string) {
  const article = await tx.article.findUnique({ where: { id: articleId } });
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist. It may have been deleted.");
  const revision = await tx.articleRevision.findUnique({
    where: { articleId_number: { articleId, number: article.revision } },
  });
  if (!revision) throw new AppError("INTERNAL", "The article's current text is missing.");
  return { article, text: revision.text, currentRevision: revision };
}
