import { findMovedQuote, findQuoteNear } from "../anchoring/find-exact-quote";
import { findFuzzyQuote } from "../anchoring/find-fuzzy-quote";
import type { QuoteSearch } from "../anchoring/search-window";
import { describeSpan, type ClaimSelector } from "../anchoring/text-quote";
import type { ImportedAnnotation } from "./parse-w3c";

/*
 * Place imported annotations in an article's text, cheapest and surest
 * first, the way Hypothesis anchors (position, then quote, then fuzzy):
 *
 *   position  text[start, end) is exactly the quote
 *   quote     the quote verbatim, its saved context deciding between copies
 *             (near the saved position when there is one)
 *   unique    a long quote found verbatim exactly once, whatever its context
 *   fuzzy     an approximate match around the saved position
 *
 * An annotation none of these place with confidence comes back unanchored
 * with the reason, for a person to place by hand: never dropped, and never
 * guessed onto the wrong words.
 */

export type ImportAnchoring =
  | { state: "anchored"; method: "position" | "quote" | "unique" | "fuzzy"; selector: ClaimSelector }
  | { state: "unanchored"; reason: string };

/**
 * A quote at least this long that occurs once is taken even when its context
 * changed (annotations made on the live web page see different text around
 * a paragraph); shorter quotes can occur once by chance.
 */
const MIN_UNIQUE_QUOTE_LENGTH = 20;

const anyCandidate = () => true;

export const UNANCHORED_REASONS = {
  empty: "The annotation has no quoted text to look for.",
  ambiguous: "The quoted text appears in several places, and its context does not say which one is meant.",
  missing: "The quoted text is not in this article, not even approximately.",
} as const;

function anchorOne(text: string, annotation: ImportedAnnotation): ImportAnchoring {
  const { exact, start, end } = annotation;
  if (exact === "") return { state: "unanchored", reason: UNANCHORED_REASONS.empty };
  const anchored = (
    method: Extract<ImportAnchoring, { state: "anchored" }>["method"],
    from: number,
    to: number,
  ) => ({ state: "anchored", method, selector: describeSpan(text, from, to) }) as const;

  if (start !== null && end !== null && text.slice(start, end) === exact)
    return anchored("position", start, end);

  let search: QuoteSearch =
    start === null ? { kind: "missing" } : findQuoteNear(text, annotation, start, anyCandidate);
  if (search.kind === "missing") search = findMovedQuote(text, annotation, anyCandidate);
  if (search.kind === "found") return anchored("quote", search.start, search.end);
  if (search.kind === "ambiguous") return { state: "unanchored", reason: UNANCHORED_REASONS.ambiguous };

  const first = text.indexOf(exact);
  if (exact.length >= MIN_UNIQUE_QUOTE_LENGTH && first !== -1 && text.indexOf(exact, first + 1) === -1) {
    return anchored("unique", first, first + exact.length);
  }

  // Without a saved position there is nowhere to look for an approximate match.
  if (start !== null && end !== null) {
    const fuzzy = findFuzzyQuote(text, annotation, { start, end }, anyCandidate);
    if (fuzzy.kind === "found") return anchored("fuzzy", fuzzy.start, fuzzy.end);
    if (fuzzy.kind === "ambiguous") return { state: "unanchored", reason: UNANCHORED_REASONS.ambiguous };
  }
  return { state: "unanchored", reason: UNANCHORED_REASONS.missing };
}

/** Where each imported annotation lands in `text`, in input order. */
export function anchorImportedAnnotations(
  text: string,
  annotations: readonly ImportedAnnotation[],
): ImportAnchoring[] {
  return annotations.map((annotation) => anchorOne(text, annotation));
}
