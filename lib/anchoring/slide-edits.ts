import type { EqualRun } from "./sequence-diff";

/*
 * A shortest edit script is often not unique. Deleting the first of two
 * similar sentences, "X (20). X (21)." → "X (21).", Myers may report the
 * deletion of "(20). X" instead of "X (20). ": just as short, but claims on
 * the deleted sentence would then map onto the words of its neighbour. Like
 * diff-match-patch's lossless semantic cleanup, we slide each pure insertion
 * or deletion along the equal tokens around it (which keeps the script
 * equally short) and settle where its edges best match sentence and word
 * boundaries.
 */

/** How well a token boundary separates text: higher is a better place for an edit to begin or end. */
export type ScoreBoundary = (side: "a" | "b", index: number) => number;

/**
 * Slide every pure insertion or deletion between two equal runs to its best
 * scoring position. `a` and `b` are the token ids the runs were computed on.
 */
export function slideEdits(
  runs: readonly EqualRun[],
  a: Int32Array,
  b: Int32Array,
  scoreBoundary: ScoreBoundary,
): EqualRun[] {
  const out = runs.map((run) => ({ ...run }));
  for (let i = 0; i + 1 < out.length; i += 1) {
    const before = out[i];
    const after = out[i + 1];
    if (before === undefined || after === undefined) continue;
    const aGap = after.aStart - (before.aStart + before.length);
    const bGap = after.bStart - (before.bStart + before.length);
    if (aGap > 0 && bGap === 0) slide(before, after, a, aGap, (index) => scoreBoundary("a", index), "a");
    if (bGap > 0 && aGap === 0) slide(before, after, b, bGap, (index) => scoreBoundary("b", index), "b");
  }
  return out.filter((run) => run.length > 0);
}

/**
 * Move the edit tokens[start, start + size) (between `before` and `after`)
 * left or right, one token at a time, while the token leaving one end equals
 * the token entering the other; keep the best-scoring position.
 */
function slide(
  before: EqualRun,
  after: EqualRun,
  tokens: Int32Array,
  size: number,
  score: (index: number) => number,
  side: "a" | "b",
): void {
  const startOf = (run: EqualRun): number => (side === "a" ? run.aStart : run.bStart);
  const origin = startOf(before) + before.length;
  let left = 0;
  while (left < before.length && tokens[origin - 1 - left] === tokens[origin + size - 1 - left]) left += 1;
  let right = 0;
  while (right < after.length && tokens[origin + right] === tokens[origin + size + right]) right += 1;

  let bestShift = 0;
  let bestScore = score(origin) + score(origin + size);
  for (let shift = -left; shift <= right; shift += 1) {
    const value = score(origin + shift) + score(origin + size + shift);
    if (value > bestScore) {
      bestScore = value;
      bestShift = shift;
    }
  }
  // Shifting the edit moves the shared boundary: one run gives tokens to the other.
  before.length += bestShift;
  after.aStart += bestShift;
  after.bStart += bestShift;
  after.length -= bestShift;
}
