import { dropCoincidentalBlocks } from "./drop-coincidental-blocks";
import { diffSequences, type EqualRun, type StepBudget } from "./sequence-diff";
import { slideEdits, type ScoreBoundary } from "./slide-edits";
import {
  internSlices,
  offsetAt as at,
  splitParagraphs,
  splitSentences,
  splitTokens,
  type Region,
} from "./split-text";
import type { EqualBlock } from "./text-diff";

/*
 * Passes 2 to 4 of text-diff.ts: Myers over the paragraphs of the changed
 * middle, then over the sentences of each stretch of changed paragraphs, then
 * over the tokens of each stretch of changed sentences, with pure insertions
 * and deletions slid to sentence boundaries (slide-edits.ts) and coincidental
 * matches dropped (drop-coincidental-blocks.ts).
 */

/**
 * Myers steps allowed per diff (see sequence-diff.ts). Generous for
 * paragraphs: reshuffling all 450 paragraphs of a 100,000-character article
 * costs under 2 million. Spending all 8 million token steps takes about 40 ms
 * on our 2-core machine; what is left undiffed then is treated as replaced.
 * Ordinary edits use a few thousand.
 */
const PARAGRAPH_STEP_BUDGET = 4_000_000;
const TOKEN_STEP_BUDGET = 8_000_000;

/**
 * The sentence pass only saves the token pass work, so each stretch gets
 * steps in proportion to its length: 4 per character, where cutting and
 * interning tokens costs about 40 ns a character and a step about 5 ns. When
 * most sentences changed, the pass gives up within that and the token pass
 * takes the whole stretch, as it would have anyway. The benchmark's heavy
 * edit (a word changed in every third claim of 125,000 characters pasted as
 * one paragraph) takes under 2 per character.
 */
const SENTENCE_STEPS_PER_CHARACTER = 4;

/** Diff the changed middle of two revisions, appending its equal blocks to `blocks` in order. */
export function diffMiddle(before: Region, after: Region, blocks: EqualBlock[]): void {
  const state: DiffState = {
    ids: new Map(),
    paragraphBudget: { steps: PARAGRAPH_STEP_BUDGET },
    tokenBudget: { steps: TOKEN_STEP_BUDGET },
    blocks,
  };
  diffUnits(before, after, state, splitParagraphs, state.paragraphBudget, (oldPart, newPart) => {
    const length = oldPart.to - oldPart.from + newPart.to - newPart.from;
    const sentenceBudget = { steps: SENTENCE_STEPS_PER_CHARACTER * length };
    diffUnits(oldPart, newPart, state, splitSentences, sentenceBudget, (oldRun, newRun) =>
      diffTokens(oldRun, newRun, state),
    );
  });
}

/** What the passes share: one id table, the step budgets, the blocks found so far. */
interface DiffState {
  ids: Map<string, number>;
  paragraphBudget: StepBudget;
  tokenBudget: StepBudget;
  blocks: EqualBlock[];
}

/**
 * One coarse pass: cut both regions into units, keep the units Myers finds
 * equal as blocks, and hand each stretch of changed units to `diffChanged`
 * (the next, finer pass). Over budget, the whole region goes to the next pass.
 */
function diffUnits(
  before: Region,
  after: Region,
  state: DiffState,
  split: (region: Region) => Int32Array,
  budget: StepBudget,
  diffChanged: (before: Region, after: Region) => void,
): void {
  if (before.from === before.to || after.from === after.to) return;
  const oldStarts = split(before);
  const newStarts = split(after);
  const runs =
    diffSequences(
      internSlices(before.text, oldStarts, state.ids),
      internSlices(after.text, newStarts, state.ids),
      budget,
    ) ?? [];
  forEachStretch(runs, oldStarts.length - 1, newStarts.length - 1, (run) => {
    if (run.kind === "equal") {
      const oldStart = at(oldStarts, run.aStart);
      const length = at(oldStarts, run.aStart + run.length) - oldStart;
      pushBlock(state.blocks, { oldStart, newStart: at(newStarts, run.bStart), length });
    } else {
      diffChanged(
        { text: before.text, from: at(oldStarts, run.aStart), to: at(oldStarts, run.aEnd) },
        { text: after.text, from: at(newStarts, run.bStart), to: at(newStarts, run.bEnd) },
      );
    }
  });
}

function diffTokens(before: Region, after: Region, state: DiffState): void {
  if (before.from === before.to || after.from === after.to) return;
  const oldStarts = splitTokens(before);
  const newStarts = splitTokens(after);
  const oldIds = internSlices(before.text, oldStarts, state.ids);
  const newIds = internSlices(after.text, newStarts, state.ids);
  const runs = diffSequences(oldIds, newIds, state.tokenBudget) ?? [];
  const scoreBoundary: ScoreBoundary = (side, index) =>
    side === "a"
      ? scoreTokenBoundary(before.text, oldStarts, index)
      : scoreTokenBoundary(after.text, newStarts, index);
  const found = slideEdits(runs, oldIds, newIds, scoreBoundary).map((run) => {
    const oldStart = at(oldStarts, run.aStart);
    const length = at(oldStarts, run.aStart + run.length) - oldStart;
    return { oldStart, newStart: at(newStarts, run.bStart), length };
  });
  const stretch = { oldFrom: before.from, oldTo: before.to, newFrom: after.from, newTo: after.to };
  for (const block of dropCoincidentalBlocks(found, stretch)) pushBlock(state.blocks, block);
}

const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/**
 * How good a place the boundary before token `index` is for an edit to start
 * or end: a line break or the stretch edge 3, after a sentence 2, between
 * words 1, elsewhere (inside punctuation runs) 0.
 */
function scoreTokenBoundary(text: string, starts: Int32Array, index: number): number {
  if (index <= 0 || index >= starts.length - 1) return 3;
  const previous = text.slice(at(starts, index - 1), at(starts, index));
  const next = text.slice(at(starts, index), at(starts, index + 1));
  if (previous.includes("\n") || next.includes("\n")) return 3;
  if (previous.trim() !== "") return next.trim() === "" ? 1 : 0;
  const beforeSpace = index >= 2 ? text.slice(at(starts, index - 2), at(starts, index - 1)) : "";
  return SENTENCE_END.test(beforeSpace) ? 2 : 1;
}

type RunOrGap =
  | ({ kind: "equal" } & EqualRun)
  | { kind: "changed"; aStart: number; aEnd: number; bStart: number; bEnd: number };

/** Visit the equal runs and the changed stretches between them, in order. */
function forEachStretch(
  runs: readonly EqualRun[],
  aLength: number,
  bLength: number,
  visit: (stretch: RunOrGap) => void,
): void {
  let a = 0;
  let b = 0;
  for (const run of [...runs, { aStart: aLength, bStart: bLength, length: 0 }]) {
    if (run.aStart > a || run.bStart > b)
      visit({ kind: "changed", aStart: a, aEnd: run.aStart, bStart: b, bEnd: run.bStart });
    if (run.length > 0) visit({ kind: "equal", ...run });
    a = run.aStart + run.length;
    b = run.bStart + run.length;
  }
}

/** Append a block, merging it into the previous one when they touch in both texts. */
export function pushBlock(blocks: EqualBlock[], block: EqualBlock): void {
  if (block.length <= 0) return;
  const last = blocks.at(-1);
  if (
    last !== undefined &&
    last.oldStart + last.length === block.oldStart &&
    last.newStart + last.length === block.newStart
  ) {
    last.length += block.length;
  } else {
    blocks.push({ ...block });
  }
}
