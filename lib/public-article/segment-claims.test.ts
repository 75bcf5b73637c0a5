import { describe, expect, it } from "vitest";
import { segmentRange, type ClaimSpan } from "./segment-claims";

const span = (number: number, start: number, end: number): ClaimSpan => ({ number, start, end });

/** Segments as "start-end:claims/starting" strings, easy to read in a table. */
function cut(range: [number, number], spans: ClaimSpan[]): string[] {
  return segmentRange({ start: range[0], end: range[1] }, spans).map(
    (segment) => `${segment.start}-${segment.end}:${segment.claims.join(",")}/${segment.starting.join(",")}`,
  );
}

describe("segmentRange", () => {
  it.each<[string, [number, number], ClaimSpan[], string[]]>([
    ["no claims", [0, 10], [], ["0-10:/"]],
    ["one claim in the middle", [0, 10], [span(1, 2, 5)], ["0-2:/", "2-5:1/1", "5-10:/"]],
    ["a claim covering the whole range", [0, 10], [span(1, 0, 10)], ["0-10:1/1"]],
    [
      "overlapping claims",
      [0, 20],
      [span(1, 0, 10), span(2, 5, 15)],
      ["0-5:1/1", "5-10:1,2/2", "10-15:2/", "15-20:/"],
    ],
    [
      "a claim nested in another",
      [0, 20],
      [span(1, 0, 20), span(2, 5, 10)],
      ["0-5:1/1", "5-10:1,2/2", "10-20:1/"],
    ],
    ["adjacent claims", [0, 10], [span(1, 0, 5), span(2, 5, 10)], ["0-5:1/1", "5-10:2/2"]],
    [
      "claims starting together: the longer one is labelled first",
      [0, 10],
      [span(1, 0, 4), span(2, 0, 8)],
      ["0-4:1,2/2,1", "4-8:2/", "8-10:/"],
    ],
    ["identical claims", [0, 6], [span(2, 0, 6), span(1, 0, 6)], ["0-6:1,2/1,2"]],
    [
      "a claim from the previous paragraph covers but does not start here",
      [12, 20],
      [span(1, 5, 15)],
      ["12-15:1/", "15-20:/"],
    ],
    ["a claim in another paragraph is left out", [12, 20], [span(1, 0, 10), span(2, 25, 30)], ["12-20:/"]],
    ["empty and inverted spans are ignored", [0, 10], [span(1, 3, 3), span(2, 6, 4)], ["0-10:/"]],
  ])("%s", (_name, range, spans, expected) => {
    expect(cut(range, spans)).toEqual(expected);
  });

  it("covers the range exactly, without gaps or overlaps, for many random claims", () => {
    let seed = 7;
    const random = (max: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % max;
    };
    const spans = Array.from({ length: 40 }, (_, i) => {
      const start = random(100);
      return span(i + 1, start, start + 1 + random(30));
    });
    const segments = segmentRange({ start: 10, end: 90 }, spans);
    expect(segments[0]!.start).toBe(10);
    expect(segments.at(-1)!.end).toBe(90);
    segments.forEach((segment, i) => {
      if (i > 0) expect(segment.start).toBe(segments[i - 1]!.end);
      const expected = spans
        .filter((s) => s.start <= segment.start && s.end >= segment.end)
        .map((s) => s.number);
      expect(segment.claims).toEqual(expected);
    });
  });
});
