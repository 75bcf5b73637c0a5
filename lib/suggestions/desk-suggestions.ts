import type { SuggestionSentence } from "./build-suggestions";
import type { SuggestionLabel } from "./suggestion-label";

/** A suggested sentence as the article page needs it: its place, number and score (the text is the page's). */
export interface DeskSuggestion {
  n: number;
  start: number;
  end: number;
  score: number;
  label: SuggestionLabel;
}

/** The sentences worth offering on the page: suggested and not rejected, in text order. */
export function toDeskSuggestions(sentences: readonly SuggestionSentence[]): DeskSuggestion[] {
  return sentences
    .filter((sentence) => sentence.suggested && !sentence.rejected)
    .map(({ n, start, end, score, label }) => ({ n, start, end, score, label }));
}

type Span = { start: number; end: number };

/**
 * The suggestions still open: those not rejected on the page and overlapping
 * no claim. Both lists are sorted by start (claims may nest), so one sweep
 * does it: O(suggestions + claims).
 */
export function openSuggestions(
  suggestions: readonly DeskSuggestion[],
  claims: readonly Span[],
  rejected: ReadonlySet<number>,
): DeskSuggestion[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  const open: DeskSuggestion[] = [];
  let next = 0;
  let reach = -1; // the furthest end among claims starting before the current suggestion ends
  for (const suggestion of suggestions) {
    while (next < sorted.length && sorted[next]!.start < suggestion.end) {
      reach = Math.max(reach, sorted[next]!.end);
      next++;
    }
    const claimed = reach > suggestion.start;
    if (!claimed && !rejected.has(suggestion.n)) open.push(suggestion);
  }
  return open;
}
