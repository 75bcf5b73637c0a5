import type { TextRange } from "../article/canonical-text";

/*
 * Highlights in HTML cannot overlap: `<mark>a<mark>b</mark>` is fine, but
 * claims A = [0, 10) and B = [5, 15) would need elements that cross. So a
 * paragraph is cut at every claim boundary into segments that each know
 * which claims cover them; every claim then is a run of whole segments, and
 * nesting, overlap and adjacency all render as flat, valid markup.
 */

export interface ClaimSpan extends TextRange {
  number: number;
}

export interface TextSegment extends TextRange {
  /** Numbers of the claims covering the whole segment, ascending; empty for plain text. */
  claims: number[];
  /** Claims that begin at this segment (their label goes here), longest first. */
  starting: number[];
}

/**
 * `range` (a paragraph) cut into non-overlapping segments, in order, that
 * cover it exactly. Spans are clipped to the range; a span that starts in an
 * earlier range covers its segments here but does not start here. Empty or
 * inverted spans are ignored.
 */
export function segmentRange(range: TextRange, spans: readonly ClaimSpan[]): TextSegment[] {
  const inside = spans
    .map((span) => ({
      ...span,
      start: Math.max(span.start, range.start),
      end: Math.min(span.end, range.end),
      from: span.start,
    }))
    .filter((span) => span.end > span.start);
  const cuts = new Set([range.start, range.end]);
  for (const span of inside) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);

  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inside.filter((span) => span.start <= start && span.end >= end);
    segments.push({
      start,
      end,
      claims: covering.map((span) => span.number).sort((a, b) => a - b),
      starting: covering
        .filter((span) => span.from === start)
        .sort((a, b) => b.end - a.end || a.number - b.number)
        .map((span) => span.number),
    });
  }
  return segments;
}
