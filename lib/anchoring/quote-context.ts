import { measureSimilarity } from "./edit-distance";
import type { TextQuoteSelector } from "./text-quote";

/*
 * How well the text around a candidate span matches the prefix and suffix
 * saved with the claim. Two measures, for two kinds of candidate:
 *
 *  - agreement: verbatim characters only, read outward from the span. Used
 *    for exact occurrences of the quote, where context is the one thing that
 *    tells copies apart. A single changed character next to the quote caps
 *    that side at what lies before it, which is the strictness we want before
 *    trusting one copy of a common phrase over another.
 *  - similarity: edit distance, Hypothesis style. Used for fuzzy candidates,
 *    where the text was edited anyway and small edits in the context too are
 *    expected.
 */

export type SavedContext = Pick<TextQuoteSelector, "prefix" | "suffix">;

/** Share (0–1) of the saved prefix and suffix characters still found verbatim next to text[start, end). */
export function measureContextAgreement(
  text: string,
  start: number,
  end: number,
  saved: SavedContext,
): number {
  const total = saved.prefix.length + saved.suffix.length;
  if (total === 0) return 1;
  let before = 0;
  while (
    before < saved.prefix.length &&
    before < start &&
    text.charCodeAt(start - 1 - before) === saved.prefix.charCodeAt(saved.prefix.length - 1 - before)
  ) {
    before += 1;
  }
  let after = 0;
  while (
    after < saved.suffix.length &&
    end + after < text.length &&
    text.charCodeAt(end + after) === saved.suffix.charCodeAt(after)
  ) {
    after += 1;
  }
  return (before + after) / total;
}

/** Edit-distance similarity (0–1) of the saved prefix and suffix to the text around text[start, end), weighted by length. */
export function measureContextSimilarity(
  text: string,
  start: number,
  end: number,
  saved: SavedContext,
): number {
  const total = saved.prefix.length + saved.suffix.length;
  if (total === 0) return 1;
  const prefix = measureSimilarity(saved.prefix, text.slice(Math.max(0, start - saved.prefix.length), start));
  const suffix = measureSimilarity(saved.suffix, text.slice(end, end + saved.suffix.length));
  return (prefix * saved.prefix.length + suffix * saved.suffix.length) / total;
}
