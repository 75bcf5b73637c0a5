import type { SessionUser } from "@/lib/auth/roles";
import { toCanonicalText } from "@/lib/article/canonical-text";
import { findArticleBySourceUrl } from "@/lib/data/articles/find-article-by-source-url";
import { AppError } from "@/lib/errors/app-error";
import { fetchArticle } from "@/lib/import/fetch-article";
import type { ImportedArticle } from "@/lib/import/import-result";
import { parsePastedText } from "@/lib/import/parse-pasted-text";
import { parseUpload, type UploadedFile } from "@/lib/import/parse-upload";
import { canImportArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ImportPreviewInput } from "@/lib/schemas/article";

export interface ImportPreview {
  article: ImportedArticle & { text: string };
  /** An article already imported from the same source URL. */
  duplicate: { id: string; title: string } | null;
}

/**
 * Extracts an article for the editor to check before saving. Nothing is
 * stored here: an import only exists once the editor saves the preview.
 */
export async function previewImport(
  actor: SessionUser,
  input: ImportPreviewInput,
  signal?: AbortSignal,
): Promise<ImportPreview> {
  assertAllowed(canImportArticles(actor), "Only editors and admins can import articles.");
  if (input.kind === "text") {
    if (!input.text.trim())
      throw new AppError("VALIDATION", "Paste some text first.", {
        fields: { text: "Paste some text first." },
      });
    return withDuplicate(parsePastedText(input.text, { title: input.title || undefined }));
  }
  return withDuplicate(await fetchArticle(input.url, { signal }));
}

export async function previewUpload(actor: SessionUser, file: UploadedFile): Promise<ImportPreview> {
  assertAllowed(canImportArticles(actor), "Only editors and admins can import articles.");
  return withDuplicate(await parseUpload(file));
}

async function withDuplicate(article: ImportedArticle): Promise<ImportPreview> {
  const duplicate = article.sourceUrl ? await findArticleBySourceUrl(article.sourceUrl) : null;
  return { article: { ...article, text: toCanonicalText(article.paragraphs) }, duplicate };
}
