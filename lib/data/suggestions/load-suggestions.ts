import type { SuggestionListResponse } from "@/lib/api/schemas/suggestion";
import { loadCurrentText } from "@/lib/data/articles/load-current-text";
import { CHECK_WORTHY_THRESHOLD } from "@/lib/check-worthiness/score-sentences";
import type { Tx } from "@/lib/db/client";
import { buildSuggestions } from "@/lib/suggestions/build-suggestions";
import { readRevisionScores } from "./revision-scores";

/** The article's current revision number, its text and its scores, or NOT_FOUND. */
export async function loadCurrentScores(client: Tx, articleId: string) {
  const { article, text, currentRevision } = await loadCurrentText(client, articleId);
  return { revision: article.revision, text, scores: await readRevisionScores(client, currentRevision) };
}

/** Every sentence of the current revision with its score, rejection and claim overlap. */
export async function loadSuggestions(client: Tx, articleId: string): Promise<SuggestionListResponse> {
  const { revision, text, scores } = await loadCurrentScores(client, articleId);
  const [rejections, claims] = await Promise.all([
    client.suggestionRejection.findMany({
      where: { articleId, revision },
      select: { start: true, end: true },
    }),
    client.claim.findMany({
      where: { articleId, anchoredRevision: revision, anchorState: "anchored" },
      select: { start: true, end: true },
    }),
  ]);
  const threshold = CHECK_WORTHY_THRESHOLD;
  return {
    articleId,
    revision,
    threshold,
    sentences: buildSuggestions({ text, scores, threshold, rejections, claims }),
  };
}
