import type { StoredSentenceScore } from "./sentence-scores";
import { suggestionLabel, type SuggestionLabel } from "./suggestion-label";

/** One sentence of the current revision as the suggestions API returns it; `n` counts from 1. */
export interface SuggestionSentence {
  n: number;
  start: number;
  end: number;
  text: string;
  score: number;
  label: SuggestionLabel;
  /** The score reaches the threshold. */
  suggested: boolean;
  /** An editor rejected it at this revision. */
  rejected: boolean;
  /** It overlaps a claim anchored at this revision. */
  claimed: boolean;
}

type Span = { start: number; end: number };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The stored scores of a revision, read against its text, its rejections and its claims. */
export function buildSuggestions(input: {
  text: string;
  scores: readonly StoredSentenceScore[];
  threshold: number;
  rejections: readonly Span[];
  claims: readonly Span[];
}): SuggestionSentence[] {
  const rejected = new Set(input.rejections.map((r) => `${r.start}:${r.end}`));
  return input.scores.map((sentence, index) => ({
    n: index + 1,
    start: sentence.start,
    end: sentence.end,
    text: input.text.slice(sentence.start, sentence.end),
    score: sentence.score,
    label: suggestionLabel(sentence.score, input.threshold),
    suggested: sentence.score >= input.threshold,
    rejected: rejected.has(`${sentence.start}:${sentence.end}`),
    claimed: input.claims.some((claim) => overlaps(claim, sentence)),
  }));
}
