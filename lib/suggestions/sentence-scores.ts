import { scoreArticleSentences } from "@/lib/check-worthiness/score-article";

/** How a revision stores each sentence's check-worthiness: its offsets in the text and its score. */
export interface StoredSentenceScore {
  start: number;
  end: number;
  score: number;
}

/** Scores every sentence of a revision's text, as the JSON stored in `ArticleRevision.sentenceScores`. */
export function scoreTextForStorage(text: string): string {
  return JSON.stringify(
    scoreArticleSentences(text).map(({ start, end, score }) => ({ start, end, score: roundScore(score) })),
  );
}

/**
 * Four decimals keep the stored JSON small (a long article has hundreds of
 * sentences) and are far finer than any threshold or label band.
 */
export function roundScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

/** Reads stored scores back; anything malformed reads as null, so the caller rescores the text. */
export function parseStoredScores(json: string): StoredSentenceScore[] | null {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) && parsed.every(isStoredScore) ? parsed : null;
  } catch {
    return null;
  }
}

function isStoredScore(value: unknown): value is StoredSentenceScore {
  if (!value || typeof value !== "object") return false;
  const { start, end, score } = value as Record<string, unknown>;
  return Number.isInteger(start) && Number.isInteger(end) && typeof score === "number";
}
