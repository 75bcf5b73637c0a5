import type { SessionUser } from "@/lib/auth/roles";
import { toCanonicalText } from "@/lib/article/canonical-text";
import { findArticleBySourceUrl } from "@/lib/data/articles/find-article-by-source-url";
import { AppError } from "@/lib/errors/app-error";
import { assertCleanText } from "@/lib/http/text-checks";
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
    return withDuplicate(parsePastedText(input.text, { title: input.title || undefined }), "text");
  }
  return withDuplicate(await fetchArticle(input.url, { signal }), "url");
}

export async function previewUpload(actor: SessionUser, file: UploadedFile): Promise<ImportPreview> {
  assertAllowed(canImportArticles(actor), "Only editors and admins can import articles.");
  return withDuplicate(await parseUpload(file), "file");
}

/**
 * Text with NUL characters is refused rather than cleaned: a file full of them
 * is usually UTF-16 or not text at all, and silently dropping them would
 * import something other than what the editor sees in the original.
 */
const nulRefusals = {
  text: "The pasted text contains NUL characters (U+0000). Remove them and try again.",
  file: "That file contains NUL characters (U+0000), so it is not text this tool can read: it may be UTF-16 without a byte-order mark, or not a text file. Save it as UTF-8 text and upload it again.",
  url: "That page contains NUL characters (U+0000), so its text cannot be imported as it is. Paste the article's text instead.",
};

async function withDuplicate(
  article: ImportedArticle,
  from: keyof typeof nulRefusals,
): Promise<ImportPreview> {
  assertCleanText(article, from, nulRefusals[from]);
  const duplicate = article.sourceUrl ? await findArticleBySourceUrl(article.sourceUrl) : null;
  return { article: { ...article, text: toCanonicalText(article.paragraphs) }, duplicate };
}
