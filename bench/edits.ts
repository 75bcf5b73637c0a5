import type { AnchoredClaim } from "@/lib/anchoring/reanchor";
import { describeSpan } from "@/lib/anchoring/text-quote";
import { buildClaims, buildCorpus } from "./corpus";

/*
 * Edit scenarios for the re-anchoring benchmark. The benchmark applies the
 * edits itself, as splices, and moves every claim's span through each splice,
 * so it knows where each claim truly belongs in the new text without asking
 * either matcher.
 */

/** Replace text[at, at + remove) with `insert`. */
export interface Splice {
  at: number;
  remove: number;
  insert: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Scenario {
  name: string;
  description: string;
  oldText: string;
  newText: string;
  claims: AnchoredClaim[];
  /** Where each claim belongs in `newText`, by claim id. */
  truth: Map<string, Span>;
}

const NOTE =
  "Correction, 30 November 2026: an earlier version of this article misstated the number of troops deployed.";

/** A correction note paragraph added at the top, and one typo fixed in the middle, of `corpus`. */
export function buildSmallEditScenario(corpus: string = buildCorpus()): Scenario {
  const word = findClaimedWordAfter(corpus, buildClaims(corpus), corpus.length / 2);
  // The old revision has the typo (its fourth letter dropped); the new one fixes it.
  const typoAt = word.start + 3;
  const oldText = applyToText(corpus, [{ at: typoAt, remove: 1, insert: "" }]);
  const splices: Splice[] = [
    { at: 0, remove: 0, insert: `${NOTE}\n\n` },
    { at: typoAt, remove: 0, insert: corpus.charAt(typoAt) },
  ];
  const scenario = buildScenario("small", "", oldText, splices);
  const touched = scenario.claims.filter((c) => c.start <= typoAt && typoAt < c.end).length;
  scenario.description = `correction note at the top + one typo fixed ("${corpus.slice(word.start, word.end)}", inside ${touched} claims)`;
  return scenario;
}

/** One middle word changed inside every third claim, and ten paragraphs added across `oldText`. */
export function buildHeavyEditScenario(oldText: string = buildCorpus()): Scenario {
  const claims = buildClaims(oldText);
  const vocabulary = [...new Set(oldText.match(/\p{L}{3,}/gu) ?? [])].sort();
  const random = seededRandom(19);
  const changed = new Map<number, Splice>();
  for (const [i, claim] of claims.entries()) {
    if (i % 3 !== 0) continue;
    const words = listWords(oldText, claim.start, claim.end);
    // A middle word: never the first or the last of the claim.
    const word = words[1 + Math.floor(random() * Math.max(1, words.length - 2))];
    if (word === undefined || words.length < 3 || changed.has(word.start)) continue;
    const current = oldText.slice(word.start, word.end);
    const candidates = vocabulary.filter((w) => Math.abs(w.length - current.length) <= 2 && w !== current);
    const replacement = candidates[Math.floor(random() * candidates.length)] ?? `${current}s`;
    changed.set(word.start, { at: word.start, remove: word.end - word.start, insert: replacement });
  }

  // Paragraph starts that no claim spans: a paragraph pushed into the middle
  // of a claim would leave that claim no single true span to score against.
  const freeStarts = listParagraphStarts(oldText).filter(
    (at) => !claims.some((c) => c.start < at && at < c.end),
  );
  const inserted = Array.from({ length: 10 }, (_, i) => ({
    at: freeStarts[Math.floor(((i + 0.5) * freeStarts.length) / 10)] ?? 0,
    remove: 0,
    insert: `Added paragraph ${i + 1}: the revision of 30 November 2026 adds context from officials in Seoul and Kyiv.\n\n`,
  }));
  const description = `one middle word changed in ${changed.size} claims + 10 paragraphs added`;
  return buildScenario("heavy", description, oldText, [...changed.values(), ...inserted]);
}

function buildScenario(name: string, description: string, oldText: string, splices: Splice[]): Scenario {
  const claims = buildClaims(oldText).map(({ id, start, end }) => {
    const { exact, prefix, suffix } = describeSpan(oldText, start, end);
    return { id, start, end, exact, prefix, suffix };
  });
  const truth = new Map(claims.map((claim) => [claim.id, { start: claim.start, end: claim.end }]));
  const newText = applyToText(oldText, splices);
  for (const splice of sortFromLast(splices)) {
    for (const [id, span] of truth) truth.set(id, moveSpan(span, splice));
  }
  return { name, description, oldText, newText, claims, truth };
}

/** Apply non-overlapping splices, all given in the coordinates of `text`. */
function applyToText(text: string, splices: readonly Splice[]): string {
  let out = text;
  for (const s of sortFromLast(splices)) out = out.slice(0, s.at) + s.insert + out.slice(s.at + s.remove);
  return out;
}

/**
 * Last splice first, so each applies to text the others have not shifted
 * yet; at the same offset the replacement goes first, so an insertion there
 * lands before the replaced word instead of being replaced itself.
 */
function sortFromLast(splices: readonly Splice[]): Splice[] {
  return [...splices].sort((a, b) => b.at - a.at || b.remove - a.remove);
}

/**
 * Where a span ends up after a splice. Text inserted at either edge stays
 * outside the span; text replacing a word at an edge (remove > 0) is the
 * claim's own word edited, so it stays inside.
 */
export function moveSpan(span: Span, splice: Splice): Span {
  const delta = splice.insert.length - splice.remove;
  const removedEnd = splice.at + splice.remove;
  const moveStart = (offset: number): number => {
    if (offset < splice.at || (offset === splice.at && splice.remove > 0)) return offset;
    return offset >= removedEnd ? offset + delta : splice.at;
  };
  const moveEnd = (offset: number): number => {
    if (offset <= splice.at) return offset;
    return offset >= removedEnd ? offset + delta : splice.at + splice.insert.length;
  };
  return { start: moveStart(span.start), end: moveEnd(span.end) };
}

function listWords(text: string, start: number, end: number): Span[] {
  return [...text.slice(start, end).matchAll(/\p{L}+/gu)].map((m) => ({
    start: start + m.index,
    end: start + m.index + m[0].length,
  }));
}

/** The first word of 7+ letters after `offset` that lies inside at least two claims, so the fix moves something. */
function findClaimedWordAfter(text: string, claims: readonly Span[], offset: number): Span {
  const pattern = /\p{L}{7,}/gu;
  pattern.lastIndex = Math.floor(offset);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const word = { start: match.index, end: match.index + match[0].length };
    if (claims.filter((c) => c.start < word.start && word.end < c.end).length >= 2) return word;
  }
  throw new Error("The corpus has no claimed long word after its middle.");
}

function listParagraphStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf("\n\n"); at !== -1; at = text.indexOf("\n\n", at + 2)) starts.push(at + 2);
  return starts;
}

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}
