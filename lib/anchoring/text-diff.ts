import { diffMiddle, pushBlock } from "./diff-passes";
import { measureCommonHead, measureCommonTail } from "./split-text";

/*
 * Diff two revisions of the canonical text once, so every claim can be
 * re-anchored by a binary search instead of a search of its own.
 *
 * Four passes, each on less text than the one before:
 *  1. Trim the common head and tail (one character loop). A typical edit
 *     touches a few paragraphs, so this usually removes most of the text.
 *     Both are backed off to paragraph boundaries, so that pass 2 sees whole
 *     paragraphs (a head ending mid-word would otherwise glue the start of a
 *     new paragraph onto an old one).
 *  2. Myers over paragraphs, each interned to an integer id (diff-passes.ts).
 *     Cheap because an article has hundreds of paragraphs, not tens of
 *     thousands of words, and it keeps moved-around or inserted paragraphs
 *     from being aligned word by word with unrelated text.
 *  3. Myers over sentences, inside each run of changed paragraphs. Paragraphs
 *     can be long: text pasted without blank lines is one paragraph, and then
 *     passes 1 and 2 remove nothing. Without this pass, two small edits far
 *     apart in such a paragraph had the token pass cut and intern the whole
 *     text (about 10 ms for 125,000 characters); with it, only the sentences
 *     that changed.
 *  4. Myers over tokens (words, whitespace runs, single other characters)
 *     inside each run of changed sentences, giving character-level blocks.
 *     Tokens rather than characters: a character diff aligns stray letters
 *     of unrelated words ("troops" vs "forces" share "o" and "s"), which
 *     would make offsets inside a rewritten word look stable when they are not.
 *     Then two clean-ups: a deleted or inserted sentence is slid to sentence
 *     boundaries (slide-edits.ts), and coincidental matches between unrelated
 *     rewritten text, such as a shared "the", are dropped
 *     (drop-coincidental-blocks.ts).
 *
 * The trade-off: a change that spans many sentences, such as a rewrite of
 * a whole section, is diffed token by token over the whole run. Step
 * budgets (diff-passes.ts) cap that work (memory too: Myers keeps O(D²)
 * cells); stretches past them are treated as wholly replaced, and their claims
 * fall back to searching (see reanchor.ts).
 */

export interface EqualBlock {
  oldStart: number;
  newStart: number;
  length: number;
}

export interface TextDiff {
  /** Sorted, non-overlapping in both texts, never adjacent in both (adjacent blocks are merged). */
  blocks: EqualBlock[];
  oldLength: number;
  newLength: number;
}

/** Where an old offset lands in the new text, and whether the text around it survived. */
export interface MappedOffset {
  offset: number;
  stable: boolean;
}

/** Diff two texts into equal blocks; see the comment at the top of this file for the method. */
export function diffTexts(oldText: string, newText: string): TextDiff {
  const diff: TextDiff = { blocks: [], oldLength: oldText.length, newLength: newText.length };
  if (oldText === newText) {
    if (oldText !== "") diff.blocks.push({ oldStart: 0, newStart: 0, length: oldText.length });
    return diff;
  }

  const head = measureCommonHead(oldText, newText);
  const tail = measureCommonTail(oldText, newText, head);
  pushBlock(diff.blocks, { oldStart: 0, newStart: 0, length: head });
  diffMiddle(
    { text: oldText, from: head, to: oldText.length - tail },
    { text: newText, from: head, to: newText.length - tail },
    diff.blocks,
  );
  pushBlock(diff.blocks, { oldStart: oldText.length - tail, newStart: newText.length - tail, length: tail });
  return diff;
}

/**
 * Map an old offset; `stable` is true when it lies inside or on the edge of
 * an equal block (the text around it is unchanged). The start and the end of
 * the text count as edges too: nothing precedes the start.
 *
 * Where two blocks meet in the old text but text was inserted between them
 * in the new one, `bias` picks the side: a claim's start follows the text
 * after it ("start"), its end the text before it ("end"), so an insertion at
 * either edge stays outside the claim. An unstable offset (inside deleted or
 * replaced text) is mapped proportionally into the replacement: good enough
 * as a hint for where to search.
 */
export function mapOffset(diff: TextDiff, oldOffset: number, bias: "start" | "end"): MappedOffset {
  const place = locate(diff, oldOffset, bias);
  if (place.kind === "stable") return { offset: place.offset, stable: true };
  const { gap, offset } = place;
  const scaled = ((offset - gap.oldFrom) * (gap.newTo - gap.newFrom)) / Math.max(1, gap.oldTo - gap.oldFrom);
  return { offset: gap.newFrom + (bias === "start" ? Math.floor(scaled) : Math.ceil(scaled)), stable: false };
}

/**
 * Where old[start, end) can be now if it was edited in place: its mapped
 * ends where stable, widened to the edges of the changed stretch where not.
 * Empty when the span was deleted with nothing put in its place.
 */
export function mapRegion(diff: TextDiff, oldStart: number, oldEnd: number): { start: number; end: number } {
  const first = locate(diff, oldStart, "start");
  const last = locate(diff, oldEnd, "end");
  const start = first.kind === "stable" ? first.offset : first.gap.newFrom;
  const end = last.kind === "stable" ? last.offset : last.gap.newTo;
  return { start, end: Math.max(start, end) };
}

/**
 * True when new[start, end) overlaps no equal block: all of it is text the
 * edit added. Text in an equal block was there, unchanged, before the edit.
 */
export function isAddedText(diff: TextDiff, start: number, end: number): boolean {
  let low = 0;
  let high = diff.blocks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((diff.blocks[mid]?.newStart ?? 0) < end) low = mid + 1;
    else high = mid;
  }
  const block = diff.blocks[low - 1];
  return block === undefined || block.newStart + block.length <= start;
}

/** The parts of the equal blocks that lie inside old[oldStart, oldEnd), in order. */
export function listBlocksWithin(diff: TextDiff, oldStart: number, oldEnd: number): EqualBlock[] {
  const out: EqualBlock[] = [];
  const first = Math.max(0, findLastBlockAtOrBefore(diff.blocks, oldStart));
  for (let i = first; i < diff.blocks.length; i += 1) {
    const block = diff.blocks[i];
    if (block === undefined || block.oldStart >= oldEnd) break;
    const from = Math.max(block.oldStart, oldStart);
    const to = Math.min(block.oldStart + block.length, oldEnd);
    if (from < to)
      out.push({ oldStart: from, newStart: block.newStart + from - block.oldStart, length: to - from });
  }
  return out;
}

/** A changed stretch: old[oldFrom, oldTo) became new[newFrom, newTo). */
interface Gap {
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

type Place = { kind: "stable"; offset: number } | { kind: "changed"; offset: number; gap: Gap };

function locate(diff: TextDiff, oldOffset: number, bias: "start" | "end"): Place {
  const offset = Math.min(diff.oldLength, Math.max(0, oldOffset));
  const { blocks } = diff;
  const index = findLastBlockAtOrBefore(blocks, offset);
  const block = blocks[index];
  const previous = blocks[index - 1];
  if (block !== undefined && offset <= block.oldStart + block.length) {
    const isPreviousEnd = previous !== undefined && previous.oldStart + previous.length === offset;
    if (bias === "end" && offset === block.oldStart && isPreviousEnd) {
      return { kind: "stable", offset: previous.newStart + previous.length };
    }
    return { kind: "stable", offset: block.newStart + offset - block.oldStart };
  }
  if (offset === 0) return { kind: "stable", offset: 0 };
  if (offset === diff.oldLength) return { kind: "stable", offset: diff.newLength };

  const next = blocks[index + 1];
  const gap: Gap = {
    oldFrom: block === undefined ? 0 : block.oldStart + block.length,
    newFrom: block === undefined ? 0 : block.newStart + block.length,
    oldTo: next === undefined ? diff.oldLength : next.oldStart,
    newTo: next === undefined ? diff.newLength : next.newStart,
  };
  return { kind: "changed", offset, gap };
}

/** Index of the last block with oldStart <= offset, or -1. */
function findLastBlockAtOrBefore(blocks: readonly EqualBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((blocks[mid]?.oldStart ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
