import { measureEditDistance } from "./edit-distance";
import { listBlocksWithin, type TextDiff } from "./text-diff";

/**
 * Edits between old[oldStart, oldEnd) and new[newStart, newEnd), the same
 * span before and after: the edit distance of each changed stretch the diff
 * found inside it, summed; `limit + 1` as soon as the sum passes `limit`.
 *
 * Cheaper than one edit distance over the whole quote, which costs its
 * length times the limit when a long quote is edited at both ends: here only
 * the changed stretches are compared. The sum can exceed the true distance
 * (it keeps the diff's alignment), so a bound on it errs towards orphaning.
 */
export function countEditsWithin(
  diff: TextDiff,
  texts: { old: string; new: string },
  old: { start: number; end: number },
  now: { start: number; end: number },
  limit: number,
): number {
  let total = 0;
  let oldCursor = old.start;
  let newCursor = now.start;
  const blocks = listBlocksWithin(diff, old.start, old.end);
  for (const block of [...blocks, { oldStart: old.end, newStart: now.end, length: 0 }]) {
    const before = texts.old.slice(oldCursor, block.oldStart);
    const after = texts.new.slice(newCursor, Math.max(newCursor, block.newStart));
    total += measureEditDistance(before, after, limit - total);
    if (total > limit) return limit + 1;
    oldCursor = block.oldStart + block.length;
    newCursor = block.newStart + block.length;
  }
  return total;
}
