/*
 * Turn a raw browser selection into a clean claim span: whole words, no
 * stray spaces or punctuation at either end. Offsets are UTF-16 code units
 * (see lib/article/canonical-text.ts); we step by code point so an emoji or an
 * astral letter is never cut in half.
 *
 * Words are runs of Unicode letters, marks and numbers. We deliberately do not
 * use Intl.Segmenter: its word boundaries depend on the engine and its locale
 * data, and the browser and the server must agree on every offset. The price
 * is that CJK text, which has no spaces, snaps to whole runs of letters
 * (usually a clause) rather than to dictionary words.
 */

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;
const DIGIT = /^\p{Nd}/u;
/** Join two word characters into one word: "Kim's", "21st-century". */
const WORD_JOINERS = new Set(["'", "\u2019", "-", "\u2010", "\u2011"]);
/** Join two digits into one number: "12,000", "2.5". */
const DIGIT_JOINERS = new Set([",", "."]);
/**
 * Trimmed from both ends. Currency, percent and hash signs are deliberately
 * absent: "12%" and "$5" are part of the figure a fact-checker selects.
 * Emoji are kept too; they are content, not punctuation.
 */
const TRIMMABLE = /^[\s.,;:!?"'“”‘’„‚«»‹›()[\]{}…—–\-‐‑/*¡¿。、，；：！？「」『』（）]/u;

/** Snap a raw selection to whole words and trim whitespace/punctuation at both ends; null if nothing is left. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = clamp(Math.min(start, end), text.length);
  let to = clamp(Math.max(start, end), text.length);
  if (from === to) return null;

  if (isInsidePair(text, from)) from -= 1;
  if (isInsidePair(text, to)) to += 1;

  while (from > 0 && isInsideWord(text, from)) from -= codePointBefore(text, from).length;
  while (to < text.length && isInsideWord(text, to)) to += codePointAt(text, to).length;

  while (from < to && TRIMMABLE.test(codePointAt(text, from))) from += codePointAt(text, from).length;
  while (to > from && TRIMMABLE.test(codePointBefore(text, to))) to -= codePointBefore(text, to).length;

  return from < to ? { start: from, end: to } : null;
}

/**
 * True when `index` falls strictly inside a word: between two word
 * characters, or next to a joiner that sits between two word characters.
 */
function isInsideWord(text: string, index: number): boolean {
  const left = codePointBefore(text, index);
  const right = codePointAt(text, index);
  if (left === "" || right === "") return false;
  const isLeftWord = WORD_CHAR.test(left);
  const isRightWord = WORD_CHAR.test(right);
  if (isLeftWord && isRightWord) return true;
  if (isLeftWord) return isJoiner(left, right, codePointAt(text, index + right.length));
  if (isRightWord) return isJoiner(codePointBefore(text, index - left.length), left, right);
  return false;
}

function isJoiner(before: string, middle: string, after: string): boolean {
  if (WORD_JOINERS.has(middle)) return WORD_CHAR.test(before) && WORD_CHAR.test(after);
  if (DIGIT_JOINERS.has(middle)) return DIGIT.test(before) && DIGIT.test(after);
  return false;
}

/** The code point starting at `index` ("" at the end). */
function codePointAt(text: string, index: number): string {
  const unit = text.codePointAt(index);
  return unit === undefined ? "" : String.fromCodePoint(unit);
}

/** The code point ending at `index` ("" at the start). */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const from = index >= 2 && isInsidePair(text, index - 1) ? index - 2 : index - 1;
  return text.slice(from, index);
}

/** True when `index` sits between the two halves of a surrogate pair. */
export function isInsidePair(text: string, index: number): boolean {
  const high = text.charCodeAt(index - 1);
  const low = text.charCodeAt(index);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function clamp(offset: number, length: number): number {
  if (Number.isNaN(offset)) return 0;
  return Math.min(length, Math.max(0, Math.trunc(offset)));
}
