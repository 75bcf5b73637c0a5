import type { SessionUser } from "@/lib/auth/roles";
import { previewImport } from "@/lib/data/imports/preview-import";
import { AppError } from "@/lib/errors/app-error";
import { createArticleSchema, type CreateArticleFromUrlInput } from "@/lib/schemas/article";
import { createArticle } from "./create-article";

/**
 * Fetches a page and saves the article on it in one step: the extraction the
 * import page previews (same safe fetch, same Readability and metadata), then
 * the same rules as saving that preview, duplicate check included. What an
 * editor would correct in the preview (a missing title, say) is refused
 * instead, naming what is wrong.
 */
export async function createArticleFromUrl(
  actor: SessionUser,
  input: CreateArticleFromUrlInput,
  signal?: AbortSignal,
): Promise<{ id: string }> {
  const { article } = await previewImport(actor, { kind: "url", url: input.url }, signal);
  const parsed = createArticleSchema.safeParse({
    title: article.title,
    byline: article.byline,
    dateline: article.dateline,
    publishedAt: article.publishedAt,
    sourceUrl: article.sourceUrl,
    text: article.text,
    allowDuplicate: input.allowDuplicate,
  });
  if (!parsed.success) {
    const problem = parsed.error.issues[0]?.message ?? "Something about it is not valid.";
    const message = `The article at that address cannot be saved as it was extracted: ${problem} Import it in the app to correct it, or send the article itself.`;
    throw new AppError("VALIDATION", message, { fields: { url: message } });
  }
  return createArticle(actor, parsed.data);
}
