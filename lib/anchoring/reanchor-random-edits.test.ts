import { describe, it, expect } from "vitest";
import { reanchorClaims } from "./reanchor";
import { describeSpan } from "./text-quote";

/*
 * Property test for the rule that matters most: a claim is either placed on
 * (part of) its own text or orphaned, never moved onto other words. Seeded
 * random edits on a repetitive article, where wrong landings are easiest.
 */

const SENTENCES = [
  "North Korea confirmed its troops were fighting for Russia.",
  "The statement said the troops had aided the recapture of Kursk.",
  "South Korea said about 4,000 soldiers were killed or injured.",
  "Kim Jong Un called it a sacred mission.",
  "Ukraine dismissed the claims as propaganda.",
  "The fighting was continuing in parts of the province.",
];

interface Span {
  start: number;
  end: number;
}

function createRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/**
 * Forty paragraphs of three sentences drawn from a small pool, so every
 * phrase has near-twins all over the text. Each sentence gets its own number:
 * with exact repeats side by side ("X. X."), deleting either copy gives the
 * same text, and no diff could know which one the editor meant.
 */
function buildArticle(random: () => number): string {
  let count = 0;
  const pick = (): string => {
    count += 1;
    return (SENTENCES[Math.floor(random() * SENTENCES.length)] ?? "").replace(".", ` (${count}).`);
  };
  return Array.from({ length: 40 }, () => `${pick()} ${pick()} ${pick()}`).join("\n\n");
}

function listMatches(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

describe("reanchorClaims under random edits", () => {
  it.each([1, 2, 3, 4, 5])("never lands on the wrong text (seed %i)", (seed) => {
    const random = createRandom(seed);
    const oldText = buildArticle(random);
    const words = listMatches(oldText, /\p{L}+/gu);
    const sentences = listMatches(oldText, /[^.\n]+\./g);
    const claims = Array.from({ length: 200 }, (_, i) => {
      const first = Math.floor(random() * (words.length - 8));
      const start = words[first]?.start ?? 0;
      const end = words[first + 1 + Math.floor(random() * 6)]?.end ?? oldText.length;
      const { exact, prefix, suffix } = describeSpan(oldText, start, end);
      return { id: `c${i}`, start, end, exact, prefix, suffix };
    });

    // Replace 30 random words and delete 5 sentences, none overlapping; edits go last to first.
    const edits: Array<Span & { insert: string }> = [];
    const isFree = (span: Span): boolean => edits.every((e) => e.end < span.start || span.end < e.start);
    for (let i = 0; i < 30; i += 1) {
      const word = words[Math.floor(random() * words.length)];
      if (word !== undefined && isFree(word))
        edits.push({ ...word, insert: random() < 0.5 ? "forces" : "allies" });
    }
    for (let i = 0; i < 5; i += 1) {
      const sentence = sentences[Math.floor(random() * sentences.length)];
      if (sentence !== undefined && isFree(sentence)) edits.push({ ...sentence, insert: "" });
    }
    edits.sort((a, b) => b.start - a.start);
    let newText = oldText;
    const moved = new Map(claims.map((c) => [c.id, { start: c.start, end: c.end }]));
    for (const edit of edits) {
      newText = newText.slice(0, edit.start) + edit.insert + newText.slice(edit.end);
      const delta = edit.insert.length - (edit.end - edit.start);
      for (const [id, span] of moved) {
        const shift = (offset: number): number =>
          offset >= edit.end ? offset + delta : Math.min(offset, edit.start + edit.insert.length);
        moved.set(id, { start: shift(span.start), end: shift(span.end) });
      }
    }

    const results = reanchorClaims(oldText, newText, claims);
    for (const [i, result] of results.entries()) {
      const claim = claims[i];
      const truth = moved.get(claim?.id ?? "");
      if (claim === undefined || truth === undefined || result.state === "orphaned") continue;
      const wasDeleted = edits.some((e) => e.insert === "" && e.start <= claim.start && claim.end <= e.end);
      expect(wasDeleted, `${claim.id} "${claim.exact}" was deleted`).toBe(false);
      const { start, end } = result.selector;
      expect(
        start < truth.end && truth.start < end,
        `${claim.id} "${claim.exact}" → "${result.selector.exact}"`,
      ).toBe(true);
    }
  });
});
