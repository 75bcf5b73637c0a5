import { countEditsWithin } from "./count-edits";
import { findMovedQuote, findQuoteNear, type SpanFilter } from "./find-exact-quote";
import { findFuzzyQuote, MIN_FUZZY_LENGTH } from "./find-fuzzy-quote";
import type { SearchHint } from "./search-window";
import { snapToWords } from "./snap-selection";
import { diffTexts, isAddedText, mapOffset, mapRegion, type TextDiff } from "./text-diff";
import { describeSpan, type ClaimSelector } from "./text-quote";

/*
 * Re-anchor claims after the article text is edited. Hypothesis re-finds each
 * quote on its own, searching the whole document; we hold the previous
 * revision, so we diff once and map each claim through the diff, which is
 * both faster (a binary search per claim) and safer (a repeated phrase cannot
 * pull a claim to the wrong copy). Cheapest first, each step only when the
 * previous one failed:
 *
 *   unchanged  both ends map into unchanged text and the quote is intact
 *   mapped     both ends map into unchanged text and the quote was edited
 *   searched   the quote verbatim, its context still around it, where the
 *              diff allows: in place, or moved into text the edit added
 *   fuzzy      an approximate match, in place
 *
 * A claim none of these place with confidence is orphaned, for a person to
 * re-select: landing silently on the wrong words is worse than asking.
 */

export interface AnchoredClaim {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type AnchorMethod = "unchanged" | "mapped" | "searched" | "fuzzy";

export type ReanchorResult =
  | { id: string; state: "anchored"; method: AnchorMethod; selector: ClaimSelector }
  | { id: string; state: "orphaned"; reason: string };

export const ORPHAN_REASONS = {
  missing: "The quoted text was deleted or rewritten.",
  ambiguous: "The quoted text now appears in several places, so it could not be placed with confidence.",
  empty: "The claim has no quoted text to look for.",
} as const;

/**
 * How much of a quote may change while both its ends stay in unchanged text.
 * There the position is certain (the text on both sides is untouched), so the
 * only question is whether the passage was edited or replaced. We allow up
 * to half its characters, the bound Hypothesis searches with while knowing
 * nothing about the position. A one-word change in a three- or four-word
 * quote costs up to ~40% ("the troops were" → "the forces were" is 6 of 15),
 * which the tighter 35% would orphan; two words replaced in a three-word
 * quote ("KCNA news agency that" → "people news after that", 52%) is a new
 * passage and is orphaned. The method "mapped" tells the UI the quote changed.
 */
const MAX_EDITED_SHARE = 0.5;

/** Re-anchor every claim from `oldText` to `newText`; results keep the input order and ids. */
export function reanchorClaims(
  oldText: string,
  newText: string,
  claims: readonly AnchoredClaim[],
): ReanchorResult[] {
  const diff = diffTexts(oldText, newText);
  return claims.map((claim) => reanchorClaim(oldText, newText, diff, claim));
}

function reanchorClaim(
  oldText: string,
  newText: string,
  diff: TextDiff,
  claim: AnchoredClaim,
): ReanchorResult {
  if (claim.exact === "") return orphan(claim.id, "empty");
  const start = mapOffset(diff, claim.start, "start");
  const end = mapOffset(diff, claim.end, "end");
  // Stored offsets that no longer match the quote are not worth mapping; the quote and its context are.
  const isPositionTrusted = oldText.slice(claim.start, claim.end) === claim.exact;

  if (isPositionTrusted && start.stable && end.stable && start.offset < end.offset) {
    const slice = newText.slice(start.offset, end.offset);
    if (slice === claim.exact) return anchor(claim.id, "unchanged", newText, start.offset, end.offset);
    const texts = { old: oldText, new: newText };
    const now = { start: start.offset, end: end.offset };
    if (isEditOf(diff, texts, claim, now)) return anchor(claim.id, "mapped", newText, now.start, now.end);
  }

  const mapped: SearchHint = { start: start.offset, end: Math.max(start.offset, end.offset) };
  const filters = isPositionTrusted ? buildFilters(diff, claim) : { verbatim: acceptAny, fuzzy: acceptAny };
  const near = findQuoteNear(newText, claim, mapped.start, filters.verbatim);
  const searched = near.kind === "missing" ? findMovedQuote(newText, claim, filters.verbatim) : near;
  if (searched.kind === "found") return anchor(claim.id, "searched", newText, searched.start, searched.end);
  if (searched.kind === "ambiguous") return orphan(claim.id, "ambiguous");

  const fuzzy = findFuzzyQuote(newText, claim, mapped, filters.fuzzy);
  if (fuzzy.kind === "found") {
    const isWholeWords = isPositionTrusted && isWordAligned(oldText, claim);
    const span = isWholeWords ? snapToWords(newText, fuzzy.start, fuzzy.end) : fuzzy;
    if (span !== null) return anchor(claim.id, "fuzzy", newText, span.start, span.end);
  }
  return orphan(claim.id, fuzzy.kind === "ambiguous" ? "ambiguous" : "missing");
}

const acceptAny: SpanFilter = () => true;

/**
 * Where a claim with a trusted position may be found, by the diff's
 * evidence. Text in an equal block was there before the edit, at some old
 * span; had that span been this claim's, mapping would have found it. So:
 *  - edited in place, the quote overlaps its region (mapRegion);
 *  - verbatim, it may also have moved, but then into text the edit added;
 *  - approximately, only in place: a look-alike elsewhere is another passage.
 * A quote deleted with nothing in its place has an empty region, so only a
 * verbatim copy in added text (a move) can still place it.
 */
function buildFilters(diff: TextDiff, claim: AnchoredClaim): { verbatim: SpanFilter; fuzzy: SpanFilter } {
  const region = mapRegion(diff, claim.start, claim.end);
  const isInRegion: SpanFilter = (start, end) => start < region.end && end > region.start;
  return {
    verbatim: (start, end) => isInRegion(start, end) || isAddedText(diff, start, end),
    fuzzy: isInRegion,
  };
}

function anchor(id: string, method: AnchorMethod, text: string, start: number, end: number): ReanchorResult {
  return { id, state: "anchored", method, selector: describeSpan(text, start, end) };
}

function orphan(id: string, reason: keyof typeof ORPHAN_REASONS): ReanchorResult {
  return { id, state: "orphaned", reason: ORPHAN_REASONS[reason] };
}

/** True when the claim's new span reads as an edit of its quote, not a replacement; short quotes must match exactly. */
function isEditOf(
  diff: TextDiff,
  texts: { old: string; new: string },
  claim: AnchoredClaim,
  now: { start: number; end: number },
): boolean {
  if (claim.exact.length < MIN_FUZZY_LENGTH || texts.new.slice(now.start, now.end).trim() === "")
    return false;
  const limit = Math.max(1, Math.floor(claim.exact.length * MAX_EDITED_SHARE));
  return countEditsWithin(diff, texts, claim, now, limit) <= limit;
}

/** True when the claim was a whole-word selection, so an approximate match should be one too. */
function isWordAligned(oldText: string, claim: AnchoredClaim): boolean {
  const snapped = snapToWords(oldText, claim.start, claim.end);
  return snapped !== null && snapped.start === claim.start && snapped.end === claim.end;
}
