import { deleteArticle } from "@/lib/data/articles/delete-article";
import { getArticle } from "@/lib/data/articles/get-article";
import { reviseArticleText } from "@/lib/data/articles/revise-article-text";
import { updateArticleMetadata } from "@/lib/data/articles/update-article-metadata";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json, noContent } from "@/lib/http/responses";
import { updateArticleSchema } from "@/lib/schemas/article";

/** The article with the text of its current revision. */
export const GET = apiRoute<{ id: string }>(async (_request, { params, user }) => {
  return json({ article: await getArticle(user, params.id) });
});

/**
 * A new text revision (`{ text, baseRevision, note? }` → `{ outcome }`, the
 * re-anchoring results) or an edit of the details (`{ title?, …, updatedAt }`
 * → `{ article }`); the body's `text` tells which.
 */
export const PATCH = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const input = await readJson(request, updateArticleSchema);
  if ("text" in input) return json({ outcome: await reviseArticleText(user, params.id, input) });
  return json({ article: await updateArticleMetadata(user, params.id, input) });
});

/** Deletes the article and everything under it; refused while its report is published. */
export const DELETE = apiRoute<{ id: string }>(async (_request, { params, user }) => {
  await deleteArticle(user, params.id);
  return noContent();
});
