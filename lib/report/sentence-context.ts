import { CONTEXT_LENGTH } from "../anchoring/text-quote";
import { PARAGRAPH_SEPARATOR } from "../article/canonical-text";
import { splitSentences } from "../sentences/split-sentences";
import type { ReportClaim } from "./report-model";

/*
 * A reader judges a claim by the sentence it sits in, so reports show the
 * quote inside its sentence(s), never crossing a paragraph break. Sentences
 * come from the app's one splitter (lib/sentences); a wrong split only
 * shortens or lengthens the context, it never moves the quote.
 */

export interface QuoteInContext {
  /** Text before the quote in its sentence; starts with "…" when cut. */
  before: string;
  quote: string;
  /** Text after the quote to the end of its sentence; ends with "…" when cut. */
  after: string;
}

/** Context beyond this many characters on either side is cut at a word, with an ellipsis. */
export const MAX_CONTEXT_LENGTH = 200;
const ELLIPSIS = "…";

/** The sentence(s) around text[start, end), trimmed to MAX_CONTEXT_LENGTH on each side. */
export function quoteInContext(text: string, start: number, end: number): QuoteInContext {
  const from = clamp(start, 0, text.length);
  const to = clamp(end, from, text.length);
  const paragraphStart = from < PARAGRAPH_SEPARATOR.length ? 0 : startOfParagraph(text, from);
  const paragraphEnd = endOfParagraph(text, to);
  const quote = text.slice(from, to);

  const sentences = splitSentences(text.slice(paragraphStart, paragraphEnd));
  const sentenceStart =
    paragraphStart + (sentences.findLast((span) => span.start <= from - paragraphStart)?.start ?? 0);
  const sentenceEnd =
    paragraphStart +
    (sentences.find((span) => span.end >= to - paragraphStart)?.end ?? paragraphEnd - paragraphStart);

  return {
    before: trimStart(text.slice(sentenceStart, from)),
    quote,
    after: trimEnd(text.slice(to, sentenceEnd)),
  };
}

/**
 * A claim's quote in context. A claim that lost its place (orphaned), or
 * whose stored span no longer holds its quote, shows the quote alone: its
 * offsets would put someone else's words around it.
 */
export function claimInContext(
  text: string,
  claim: Pick<ReportClaim, "anchored" | "selector">,
): QuoteInContext {
  const { exact, start, end } = claim.selector;
  if (!claim.anchored || text.slice(start, end) !== exact) return { before: "", quote: exact, after: "" };
  return quoteInContext(text, start, end);
}

/** A claim's selector as stored: its quote, the saved text around it, and its span in the text it is anchored to. */
export interface StoredSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * A claim's quote in its sentence(s) when `text` (the revision the claim is
 * anchored to) is at hand and still holds the quote at its span; otherwise
 * the saved prefix and suffix, cut at whole words.
 */
export function storedClaimInContext(text: string | null, selector: StoredSelector): QuoteInContext {
  const { exact, start, end } = selector;
  if (text !== null && text.slice(start, end) === exact) return quoteInContext(text, start, end);
  return savedContextAtWords(selector);
}

/**
 * The saved prefix and suffix around a quote, without the word fragments
 * at their far ends ("…and said it ex" becomes "…and said it"). A prefix
 * shorter than the saved context length started at the text's start, so
 * it is whole; neither side crosses a paragraph break.
 */
export function savedContextAtWords(
  selector: Pick<StoredSelector, "exact" | "prefix" | "suffix">,
): QuoteInContext {
  const { exact, prefix, suffix } = selector;
  const paragraphBefore = prefix.lastIndexOf(PARAGRAPH_SEPARATOR);
  const paragraphAfter = suffix.indexOf(PARAGRAPH_SEPARATOR);
  let before = paragraphBefore === -1 ? prefix : prefix.slice(paragraphBefore + PARAGRAPH_SEPARATOR.length);
  let after = paragraphAfter === -1 ? suffix : suffix.slice(0, paragraphAfter);
  if (paragraphBefore === -1 && prefix.length >= CONTEXT_LENGTH) before = dropFirstWord(before);
  if (paragraphAfter === -1 && suffix.length >= CONTEXT_LENGTH) after = dropLastWord(after);
  return { before, quote: exact, after };
}

/** "ex and said it " → "…and said it ": the cut word goes, the ellipsis says something did. */
function dropFirstWord(text: string): string {
  const word = text.search(/\s/u);
  return word === -1 ? ELLIPSIS : ELLIPSIS + text.slice(word).trimStart();
}

/** " and said it ex" → " and said it…". */
function dropLastWord(text: string): string {
  const space = text.search(/\s\S*$/u);
  return space === -1 ? ELLIPSIS : text.slice(0, space).trimEnd() + ELLIPSIS;
}

/** [start, end) of one sentence, without the whitespace around it. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** The sentences of one paragraph, in order (see lib/sentences/split-sentences). */
export function sentenceSpans(paragraph: string): SentenceSpan[] {
  return splitSentences(paragraph);
}

/**
 * The sentence holding `offset` in one paragraph: the one it is inside or
 * just after (where End puts the caret), or on the whitespace between two,
 * the one that follows.
 */
export function sentenceAt(paragraph: string, offset: number): SentenceSpan | null {
  const spans = sentenceSpans(paragraph);
  return spans.find((span) => offset <= span.end) ?? spans.at(-1) ?? null;
}

function startOfParagraph(text: string, from: number): number {
  const separator = text.lastIndexOf(PARAGRAPH_SEPARATOR, from - PARAGRAPH_SEPARATOR.length);
  return separator === -1 ? 0 : separator + PARAGRAPH_SEPARATOR.length;
}

function endOfParagraph(text: string, to: number): number {
  const separator = text.indexOf(PARAGRAPH_SEPARATOR, to);
  return separator === -1 ? text.length : separator;
}

/** Keep the last MAX_CONTEXT_LENGTH characters, starting at a word. */
function trimStart(before: string): string {
  const leading = before.trimStart();
  if (leading.length <= MAX_CONTEXT_LENGTH) return leading;
  const tail = before.slice(before.length - MAX_CONTEXT_LENGTH);
  const word = tail.search(/\s\S/u);
  return ELLIPSIS + (word === -1 ? dropLoneSurrogates(tail) : tail.slice(word + 1));
}

/** Keep the first MAX_CONTEXT_LENGTH characters, ending at a word. */
function trimEnd(after: string): string {
  if (after.length <= MAX_CONTEXT_LENGTH) return after;
  const head = after.slice(0, MAX_CONTEXT_LENGTH);
  const space = head.search(/\s\S*$/u);
  return (space <= 0 ? dropLoneSurrogates(head) : head.slice(0, space)) + ELLIPSIS;
}

/** A cut through an emoji leaves half a surrogate pair; drop it rather than emit an invalid string. */
function dropLoneSurrogates(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(Number.isFinite(value) ? Math.trunc(value) : min, min), max);
}
