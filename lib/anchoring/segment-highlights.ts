import type { TextRange } from "../article/canonical-text";
import { AppError } from "../errors/app-error";

/** A claim's span in the canonical text (UTF-16 code unit offsets, end exclusive). */
export interface HighlightRange {
  id: string;
  start: number;
  end: number;
}

export interface HighlightSegment {
  start: number;
  end: number;
  /** Ids of the ranges covering this segment, outermost first, so the last id is the innermost. */
  claimIds: string[];
}

export interface Segmentation {
  segments: HighlightSegment[];
  /** Ids of ranges that could not be placed (empty, inverted, fractional or outside the text), in input order. */
  unplaced: string[];
}

/**
 * Split [0,textLength) into contiguous non-overlapping segments, each listing
 * the ids of the ranges covering it. Invalid ranges are reported in
 * `unplaced` rather than clamped, so a corrupt anchor stays visible.
 *
 * Sweep line over the sorted range boundaries: O((n + k) log n) plus the size
 * of the output, never per character.
 */
export function segmentHighlights(textLength: number, ranges: readonly HighlightRange[]): Segmentation {
  if (!Number.isInteger(textLength) || textLength < 0) {
    throw new AppError("VALIDATION", `The text length ${textLength} must be a non-negative whole number.`);
  }

  const placed: HighlightRange[] = [];
  const unplaced: string[] = [];
  for (const range of ranges) {
    if (isPlaceable(range, textLength)) placed.push(range);
    else unplaced.push(range.id);
  }

  // Rank = position in outermost-first order. Ranges start in rank order, so
  // appending on start keeps the active list sorted without re-sorting.
  placed.sort(compareOutermostFirst);
  const byEnd = placed.map((_, rank) => rank).sort((a, b) => rangeAt(placed, a).end - rangeAt(placed, b).end);
  const boundaries = uniqueSorted([0, textLength, ...placed.flatMap((range) => [range.start, range.end])]);

  const segments: HighlightSegment[] = [];
  const active: number[] = [];
  let nextStart = 0;
  let nextEnd = 0;
  for (let i = 0; i + 1 < boundaries.length; i += 1) {
    const from = boundaries[i] ?? 0;
    const to = boundaries[i + 1] ?? textLength;
    while (nextEnd < byEnd.length && rangeAt(placed, byEnd[nextEnd] ?? 0).end <= from) {
      removeSorted(active, byEnd[nextEnd] ?? 0);
      nextEnd += 1;
    }
    while (nextStart < placed.length && rangeAt(placed, nextStart).start <= from) {
      active.push(nextStart);
      nextStart += 1;
    }
    segments.push({ start: from, end: to, claimIds: active.map((rank) => rangeAt(placed, rank).id) });
  }
  return { segments, unplaced };
}

/**
 * Split segments at paragraph boundaries: returns one entry per paragraph with
 * the segments inside it (clipped), separators dropped. Both inputs must be
 * sorted by start, as produced by `segmentHighlights` and `paragraphRanges`.
 */
export function groupSegmentsByParagraph(
  segments: readonly HighlightSegment[],
  paragraphs: readonly TextRange[],
): Array<TextRange & { segments: HighlightSegment[] }> {
  let first = 0;
  return paragraphs.map((paragraph) => {
    while (first < segments.length && (segments[first]?.end ?? 0) <= paragraph.start) first += 1;
    const inside: HighlightSegment[] = [];
    for (let j = first; j < segments.length; j += 1) {
      const segment = segments[j];
      if (segment === undefined || segment.start >= paragraph.end) break;
      const start = Math.max(segment.start, paragraph.start);
      const end = Math.min(segment.end, paragraph.end);
      if (start < end) inside.push({ start, end, claimIds: [...segment.claimIds] });
    }
    return { start: paragraph.start, end: paragraph.end, segments: inside };
  });
}

function isPlaceable(range: HighlightRange, textLength: number): boolean {
  return (
    Number.isInteger(range.start) &&
    Number.isInteger(range.end) &&
    range.start >= 0 &&
    range.start < range.end &&
    range.end <= textLength
  );
}

/** Outermost first: start ascending, then end descending, then id. */
function compareOutermostFirst(a: HighlightRange, b: HighlightRange): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function rangeAt(ranges: readonly HighlightRange[], index: number): HighlightRange {
  const range = ranges[index];
  if (range === undefined) throw new Error(`No range at index ${index}.`);
  return range;
}

function uniqueSorted(values: number[]): number[] {
  values.sort((a, b) => a - b);
  return values.filter((value, index) => index === 0 || value !== values[index - 1]);
}

/** Remove `value` from an ascending array by binary search. */
function removeSorted(values: number[], value: number): void {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? 0) < value) low = mid + 1;
    else high = mid;
  }
  if (values[low] === value) values.splice(low, 1);
}
