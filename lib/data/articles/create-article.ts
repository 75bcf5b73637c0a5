import type { SessionUser } from "@/lib/auth/roles";
import { normalizeArticleText } from "@/lib/article/text-blocks";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canImportArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { CreateArticleInput } from "@/lib/schemas/article";
import { scoreTextForStorage } from "@/lib/suggestions/sentence-scores";
import { findArticleBySourceUrl } from "./find-article-by-source-url";
import { insertArticle } from "./insert-article";

/**
 * Saves an article from the import preview (or the API). Its text becomes
 * the canonical plain text claims anchor into. A second article from the
 * same source URL needs `allowDuplicate`, so nobody imports one twice by
 * accident; the conflict names the existing article.
 */
export async function createArticle(actor: SessionUser, input: CreateArticleInput): Promise<{ id: string }> {
  assertAllowed(canImportArticles(actor), "Only editors and admins can import articles.");
  const text = normalizeArticleText(input.text);
  if (!text)
    throw new AppError("VALIDATION", "The article text cannot be empty.", {
      fields: { text: "The article text cannot be empty." },
    });
  if (input.sourceUrl && !input.allowDuplicate) {
    const existing = await findArticleBySourceUrl(input.sourceUrl);
    if (existing) {
      throw new AppError(
        "CONFLICT",
        `This article is already in the tool as “${existing.title}”. Open it, or import it again as a new article.`,
        {
          existingArticleId: existing.id,
          existingTitle: existing.title,
        },
      );
    }
  }
  const sentenceScores = scoreTextForStorage(text);
  const article = await db.$transaction((tx) =>
    insertArticle(
      tx,
      {
        title: input.title,
        byline: input.byline,
        dateline: input.dateline,
        publishedAt: input.publishedAt ? new Date(`${input.publishedAt}T00:00:00Z`) : null,
        sourceUrl: input.sourceUrl,
        text,
        sentenceScores,
      },
      actor.id,
    ),
  );
  return { id: article.id };
}
