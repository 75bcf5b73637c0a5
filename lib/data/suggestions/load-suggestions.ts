import type { SuggestionListResponse } from "@/lib/api/schemas/suggestion";
import { loadCurrentText } from "@/lib/data/articles/load-current-text";
import { getSettings } from "@/lib/data/settings/get-settings";
import type { Tx } from "@/lib/db/client";
import { buildSuggestions } from "@/lib/suggestions/build-suggestions";
import { readRevisionScores } from "./revision-scores";

/** The article's current revision number, its text and its scores, or NOT_FOUND. */
export async function loadCurrentScores(client: Tx, articleId: string) {
  const { article, text, currentRevision } = await loadCurrentText(client, articleId);
  return { revision: article.revision, text, scores: await readRevisionScores(client, currentRevision) };
}

/**
 * Every sentence of the current revision with its score, rejection and claim
 * overlap, suggested from the admin's threshold as read in the same client,
 * and the revision's text they index.
 */
export async function readSuggestions(client: Tx, articleId: string) {
  const { revision, text, scores } = await loadCurrentScores(client, articleId);
  const [rejections, claims, { suggestionThreshold: threshold }] = await Promise.all([
    client.suggestionRejection.findMany({
      where: { articleId, revision },
      select: { start: true, end: true },
    }),
    client.claim.findMany({
      where: { articleId, anchoredRevision: revision, anchorState: "anchored" },
      select: { start: true, end: true },
    }),
    getSettings(client),
  ]);
  const sentences = buildSuggestions({ text, scores, threshold, rejections, claims });
  return { revision, text, threshold, sentences };
}

/** The suggestions list as the API returns it. */
export async function loadSuggestions(client: Tx, articleId: string): Promise<SuggestionListResponse> {
  const { revision, threshold, sentences } = await readSuggestions(client, articleId);
  return { articleId, revision, threshold, sentences };
}
