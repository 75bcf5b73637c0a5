import { AppError } from "@/lib/errors/app-error";
import type { StoredSentenceScore } from "./sentence-scores";

type Span = { start: number; end: number };

/**
 * The score to record on a claim accepted from suggested sentence `n` (from
 * 1) of the current revision. The claim must overlap that sentence: an
 * editor may trim the sentence to the claim inside it, but a claim elsewhere
 * did not come from this suggestion.
 */
export function suggestionScoreFor(scores: readonly StoredSentenceScore[], n: number, claim: Span): number {
  const sentence = scores[n - 1];
  if (!sentence)
    throw new AppError(
      "VALIDATION",
      `The article has ${scores.length} sentences, so there is no suggested sentence ${n}. Reload the suggestions.`,
      { fields: { suggestion: `There is no sentence ${n}.` } },
    );
  if (!(claim.start < sentence.end && sentence.start < claim.end))
    throw new AppError(
      "VALIDATION",
      `The claim is not in suggested sentence ${n} (characters ${sentence.start}–${sentence.end}). Select text inside the suggestion, or leave out \`suggestion\`.`,
      { fields: { suggestion: "The claim is outside this suggested sentence." } },
    );
  return sentence.score;
}
