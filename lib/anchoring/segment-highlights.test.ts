import { describe, it, expect } from "vitest";
import type { TextRange } from "../article/canonical-text";
import {
  groupSegmentsByParagraph,
  segmentHighlights,
  type HighlightRange,
  type HighlightSegment,
} from "./segment-highlights";

/** Compact segment notation: [start, end, ...claimIds]. */
type Row = [number, number, ...string[]];
const seg = ([start, end, ...claimIds]: Row): HighlightSegment => ({ start, end, claimIds });
const r = (id: string, start: number, end: number): HighlightRange => ({ id, start, end });

describe("segmentHighlights", () => {
  // prettier-ignore
  it.each<[string, number, HighlightRange[], Row[], string[]]>([
    ["no ranges", 10, [], [[0, 10]], []],
    ["empty text", 0, [], [], []],
    ["one range", 10, [r("a", 2, 5)], [[0, 2], [2, 5, "a"], [5, 10]], []],
    ["two disjoint", 10, [r("a", 1, 3), r("b", 5, 7)], [[0, 1], [1, 3, "a"], [3, 5], [5, 7, "b"], [7, 10]], []],
    ["overlapping", 10, [r("a", 1, 5), r("b", 3, 8)], [[0, 1], [1, 3, "a"], [3, 5, "a", "b"], [5, 8, "b"], [8, 10]], []],
    ["nested", 10, [r("inner", 3, 5), r("outer", 1, 8)], [[0, 1], [1, 3, "outer"], [3, 5, "outer", "inner"], [5, 8, "outer"], [8, 10]], []],
    ["shared boundary: a.end === b.start", 10, [r("a", 0, 4), r("b", 4, 10)], [[0, 4, "a"], [4, 10, "b"]], []],
    ["identical ranges ordered by id", 10, [r("b", 2, 4), r("a", 2, 4)], [[0, 2], [2, 4, "a", "b"], [4, 10]], []],
    ["whole-text range", 5, [r("a", 0, 5)], [[0, 5, "a"]], []],
    ["zero-length range is unplaced", 10, [r("z", 4, 4)], [[0, 10]], ["z"]],
    ["range past the end is unplaced, not clamped", 10, [r("x", 8, 11)], [[0, 10]], ["x"]],
    ["negative start is unplaced", 10, [r("n", -1, 3)], [[0, 10]], ["n"]],
    ["start after end is unplaced", 10, [r("i", 6, 2)], [[0, 10]], ["i"]],
    ["non-integer offset is unplaced", 10, [r("f", 1.5, 3)], [[0, 10]], ["f"]],
    ["NaN offset is unplaced", 10, [r("nan", Number.NaN, 3)], [[0, 10]], ["nan"]],
    [
      "unplaced ids keep input order beside placed ranges",
      10,
      [r("bad2", 9, 12), r("ok", 0, 2), r("bad1", 3, 3)],
      [[0, 2, "ok"], [2, 10]],
      ["bad2", "bad1"],
    ],
    [
      "claimIds outermost first: start asc, end desc, id — last is innermost",
      10,
      [r("c", 2, 6), r("d", 3, 4), r("a", 0, 10), r("b", 2, 8)],
      [[0, 2, "a"], [2, 3, "a", "b", "c"], [3, 4, "a", "b", "c", "d"], [4, 6, "a", "b", "c"], [6, 8, "a", "b"], [8, 10, "a"]],
      [],
    ],
  ])("%s", (_name, textLength, ranges, rows, unplaced) => {
    const result = segmentHighlights(textLength, ranges);
    expect(result).toEqual({ segments: rows.map(seg), unplaced });
  });

  it.each<[string, number]>([
    ["negative", -1],
    ["fractional", 2.5],
  ])("rejects a %s text length", (_name, textLength) => {
    expect(() => segmentHighlights(textLength, [])).toThrow(/text length/);
  });

  it("covers 100,000 characters contiguously under 1,000 ranges (speed is measured in npm run bench)", () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 48271) % 2147483647; // Park–Miller: deterministic, exact in doubles
      return seed / 2147483647;
    };
    const ranges = Array.from({ length: 1000 }, (_, i) => {
      const start = Math.floor(random() * 99_000);
      return r(`c${i}`, start, start + 1 + Math.floor(random() * 1000));
    });
    const { segments, unplaced } = segmentHighlights(100_000, ranges);

    expect(unplaced).toEqual([]);
    expect(segments[0]?.start).toBe(0);
    expect(segments.at(-1)?.end).toBe(100_000);
    expect(segments.every((s, i) => s.start < s.end && (i === 0 || segments[i - 1]?.end === s.start))).toBe(
      true,
    );
    const probe = segments.find((s) => s.claimIds.length > 2);
    const expected = ranges
      .filter((range) => probe !== undefined && range.start <= probe.start && range.end >= probe.end)
      .map((range) => range.id);
    expect(new Set(probe?.claimIds)).toEqual(new Set(expected));
  });
});

describe("groupSegmentsByParagraph", () => {
  // "Ab cd\n\nEf gh\n\nIj": paragraphs [0,5) [7,12) [14,16).
  const paragraphs: TextRange[] = [
    { start: 0, end: 5 },
    { start: 7, end: 12 },
    { start: 14, end: 16 },
  ];

  // prettier-ignore
  it.each<[string, HighlightRange[], Row[][]]>([
    ["no ranges", [], [[[0, 5]], [[7, 12]], [[14, 16]]]],
    ["range inside one paragraph", [r("a", 1, 3)], [[[0, 1], [1, 3, "a"], [3, 5]], [[7, 12]], [[14, 16]]]],
    [
      "range crossing a paragraph break is clipped and the separator dropped",
      [r("a", 3, 9)],
      [[[0, 3], [3, 5, "a"]], [[7, 9, "a"], [9, 12]], [[14, 16]]],
    ],
    [
      "range spanning every paragraph",
      [r("all", 0, 16), r("in", 8, 10)],
      [[[0, 5, "all"]], [[7, 8, "all"], [8, 10, "all", "in"], [10, 12, "all"]], [[14, 16, "all"]]],
    ],
    ["range covering only a separator", [r("gap", 5, 7)], [[[0, 5]], [[7, 12]], [[14, 16]]]],
  ])("%s", (_name, ranges, expected) => {
    const { segments } = segmentHighlights(16, ranges);
    const grouped = groupSegmentsByParagraph(segments, paragraphs);
    expect(grouped).toEqual(
      paragraphs.map((paragraph, i) => ({ ...paragraph, segments: (expected[i] ?? []).map(seg) })),
    );
  });

  it("gives an empty paragraph no segments", () => {
    const { segments } = segmentHighlights(6, []);
    expect(
      groupSegmentsByParagraph(segments, [
        { start: 0, end: 2 },
        { start: 4, end: 4 },
        { start: 6, end: 6 },
      ]),
    ).toEqual([
      { start: 0, end: 2, segments: [seg([0, 2])] },
      { start: 4, end: 4, segments: [] },
      { start: 6, end: 6, segments: [] },
    ]);
  });
});
