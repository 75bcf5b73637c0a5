import type { Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/data/audit/record-audit";

export interface NewArticle {
  title: string;
  byline: string | null;
  dateline: string | null;
  publishedAt: Date | null;
  sourceUrl: string | null;
  /** Canonical text (see lib/article/canonical-text.ts). */
  text: string;
  /**
   * The text's sentence scores (lib/suggestions/sentence-scores.ts), stored
   * with revision 1. Imports pass them; fixtures and the demo seed leave them
   * out, to be scored on first read, so they need not load the model.
   */
  sentenceScores?: string;
}

/** Creates an article with its first text revision, inside the caller's transaction. */
export async function insertArticle(tx: Tx, input: NewArticle, actorId: string | null) {
  const { text, sentenceScores, ...metadata } = input;
  const article = await tx.article.create({
    data: {
      ...metadata,
      createdById: actorId,
      revisions: { create: { number: 1, text, createdById: actorId, sentenceScores } },
    },
  });
  await recordAudit(tx, {
    action: "article.imported",
    actorId,
    entityType: "article",
    entityId: article.id,
    articleId: article.id,
    data: { title: article.title },
  });
  return article;
}
