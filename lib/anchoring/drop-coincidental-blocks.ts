import type { EqualBlock } from "./text-diff";

/*
 * Token diffs of unrelated text still find things in common: spaces, commas,
 * "the". Kept, those coincidences would make offsets inside rewritten text
 * look stable, and a short quote could then be "mapped" onto an unrelated
 * sentence. We drop every equal block that is no longer than the changes on
 * both sides of it, the criterion of diff-match-patch's semantic cleanup: a
 * rewritten sentence becomes one replacement, while a word kept between two
 * edited words ("big red dog" → "small red cat" keeps " red ") survives.
 */

/** Bounds of a changed stretch in both texts; the blocks lie inside it. */
export interface Stretch {
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

/** The blocks worth keeping, in order; repeated until dropping one no longer exposes another. */
export function dropCoincidentalBlocks(blocks: readonly EqualBlock[], stretch: Stretch): EqualBlock[] {
  let kept = [...blocks];
  for (;;) {
    const next = kept.filter((block, i) => !isCoincidental(block, kept[i - 1], kept[i + 1], stretch));
    if (next.length === kept.length) return kept;
    kept = next;
  }
}

function isCoincidental(
  block: EqualBlock,
  previous: EqualBlock | undefined,
  following: EqualBlock | undefined,
  stretch: Stretch,
): boolean {
  const changedBefore = Math.max(
    block.oldStart - (previous === undefined ? stretch.oldFrom : previous.oldStart + previous.length),
    block.newStart - (previous === undefined ? stretch.newFrom : previous.newStart + previous.length),
  );
  const changedAfter = Math.max(
    (following === undefined ? stretch.oldTo : following.oldStart) - (block.oldStart + block.length),
    (following === undefined ? stretch.newTo : following.newStart) - (block.newStart + block.length),
  );
  return (
    changedBefore > 0 && changedAfter > 0 && block.length <= changedBefore && block.length <= changedAfter
  );
}
