import { PARAGRAPH_SEPARATOR } from "../article/canonical-text";

/*
 * Cut text into what text-diff.ts works on: the common head and tail of two
 * revisions, then the units of the changed middle (paragraphs, sentences,
 * tokens), each interned to a small integer so the diff compares numbers,
 * not strings.
 * Units are returned as start offsets plus the end, so unit i is
 * text[starts[i], starts[i + 1]) and the units tile the region exactly.
 */

/** Length of the common head, cut back to the start of a paragraph. */
export function measureCommonHead(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length += 1;
  if (length < PARAGRAPH_SEPARATOR.length) return 0;
  const separator = a.lastIndexOf(PARAGRAPH_SEPARATOR, length - PARAGRAPH_SEPARATOR.length);
  return separator === -1 ? 0 : separator + PARAGRAPH_SEPARATOR.length;
}

/** Length of the common tail not overlapping `head`, cut back to the start of a paragraph. */
export function measureCommonTail(a: string, b: string, head: number): number {
  const limit = Math.min(a.length, b.length) - head;
  let length = 0;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) {
    length += 1;
  }
  if (isParagraphStart(a, a.length - length) && isParagraphStart(b, b.length - length)) return length;
  const separator = a.indexOf(PARAGRAPH_SEPARATOR, a.length - length);
  return separator === -1 ? 0 : a.length - separator - PARAGRAPH_SEPARATOR.length;
}

function isParagraphStart(text: string, index: number): boolean {
  return index === 0 || text.startsWith(PARAGRAPH_SEPARATOR, index - PARAGRAPH_SEPARATOR.length);
}

/** A slice [from, to) of one revision. */
export interface Region {
  text: string;
  from: number;
  to: number;
}

/** Words, whitespace runs and single code points: the units of the fine diff. */
const TOKEN = /[\p{L}\p{M}\p{N}]+|\s+|[^]/gu;
/** Start offsets of the paragraphs in a region (each keeps its trailing separator), plus the region end. */
export function splitParagraphs(region: Region): Int32Array {
  const starts: number[] = [];
  for (let start = region.from; start < region.to;) {
    starts.push(start);
    const separator = region.text.indexOf(PARAGRAPH_SEPARATOR, start);
    start = separator === -1 ? region.to : Math.min(region.to, separator + PARAGRAPH_SEPARATOR.length);
  }
  starts.push(region.to);
  return Int32Array.from(starts);
}

/**
 * Where a sentence ends: closing punctuation (with any closing quotes or
 * brackets) and the space after it, or a line break. Abbreviations ("Mr.")
 * end a unit too; that costs nothing, as both revisions are cut alike.
 */
const SENTENCE_BREAK = /[.!?…]["'”’)\]]*\s+|\n\s*/gu;

/**
 * Start offsets of the sentences in a region (each keeps the space after it),
 * plus the region end. Scans the text in place: a region can be a whole
 * 100,000-character article, and slicing it first would copy it.
 */
export function splitSentences(region: Region): Int32Array {
  const starts: number[] = region.from < region.to ? [region.from] : [];
  SENTENCE_BREAK.lastIndex = region.from;
  for (
    let match = SENTENCE_BREAK.exec(region.text);
    match !== null;
    match = SENTENCE_BREAK.exec(region.text)
  ) {
    const end = match.index + match[0].length;
    if (end >= region.to) break;
    starts.push(end);
  }
  starts.push(region.to);
  return Int32Array.from(starts);
}

/** Start offsets of the tokens in a region, plus the region end. */
export function splitTokens(region: Region): Int32Array {
  const starts: number[] = [];
  TOKEN.lastIndex = 0;
  const slice = region.text.slice(region.from, region.to);
  for (let match = TOKEN.exec(slice); match !== null; match = TOKEN.exec(slice)) {
    starts.push(region.from + match.index);
  }
  starts.push(region.to);
  return Int32Array.from(starts);
}

/** Intern text[starts[i], starts[i+1]) to small integers so the diff compares numbers, not strings. */
export function internSlices(text: string, starts: Int32Array, ids: Map<string, number>): Int32Array {
  const out = new Int32Array(starts.length - 1);
  for (let i = 0; i < out.length; i += 1) {
    const slice = text.slice(offsetAt(starts, i), offsetAt(starts, i + 1));
    let id = ids.get(slice);
    if (id === undefined) {
      id = ids.size;
      ids.set(slice, id);
    }
    out[i] = id;
  }
  return out;
}

export function offsetAt(values: Int32Array, index: number): number {
  const value = values[index];
  if (value === undefined) throw new Error(`No offset at index ${index}.`);
  return value;
}
