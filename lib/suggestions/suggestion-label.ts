/** The score of a sentence in words, as the article page and the API show it. */
export type SuggestionLabel =
  "very likely check-worthy" | "likely check-worthy" | "possibly check-worthy" | "unlikely check-worthy";

/**
 * Bands around the threshold rather than fixed cut-offs, so the words keep
 * agreeing with what is suggested when the threshold moves: at or above it
 * is "likely" (and "very likely" in the upper half of what remains), and
 * the quarter of the range just below it is "possibly". Scores the model
 * is unsure about are said to be unsure about, not hidden.
 */
export function suggestionLabel(score: number, threshold: number): SuggestionLabel {
  if (score >= threshold)
    return score >= threshold + (1 - threshold) / 2 ? "very likely check-worthy" : "likely check-worthy";
  return score >= threshold * 0.75 ? "possibly check-worthy" : "unlikely check-worthy";
}
