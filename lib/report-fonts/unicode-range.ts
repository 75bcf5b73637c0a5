/*
 * CSS unicode-range values ("U+0000-00FF,U+0131,U+1f1e6-1f1ff") as sorted
 * code point intervals, and the question font subsetting asks of them: does
 * this range cover any character of the document?
 */

export type CodePointInterval = readonly [first: number, last: number];

/**
 * Parses a unicode-range value into sorted, merged intervals; wildcards
 * ("U+4??") become their interval.
 */
export function parseUnicodeRange(value: string): CodePointInterval[] {
  return value
    .split(",")
    .map((part) => part.trim().replace(/^U\+/i, ""))
    .filter((part) => part.length > 0)
    .map((part): CodePointInterval => {
      if (part.includes("?")) {
        return [parseInt(part.replaceAll("?", "0"), 16), parseInt(part.replaceAll("?", "F"), 16)];
      }
      const [first = "", last = first] = part.split("-");
      return [parseInt(first, 16), parseInt(last, 16)];
    })
    .sort((a, b) => a[0] - b[0])
    .reduce<CodePointInterval[]>((merged, interval) => {
      const previous = merged.at(-1);
      if (previous && interval[0] <= previous[1] + 1)
        merged[merged.length - 1] = [previous[0], Math.max(previous[1], interval[1])];
      else merged.push(interval);
      return merged;
    }, []);
}

/** The distinct code points of a text, ascending. */
export function codePointsOf(text: string): number[] {
  const seen = new Set<number>();
  for (const char of text) seen.add(char.codePointAt(0)!);
  return [...seen].sort((a, b) => a - b);
}

/** Whether a code point lies in one of the intervals (binary search: CJK ranges have hundreds). */
export function rangeIncludes(intervals: readonly CodePointInterval[], codePoint: number): boolean {
  let low = 0;
  let high = intervals.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = intervals[middle]!;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}
