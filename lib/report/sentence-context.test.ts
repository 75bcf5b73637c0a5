import { describe, it, expect } from "vitest";
import { claimInContext, MAX_CONTEXT_LENGTH, quoteInContext, type QuoteInContext } from "./sentence-context";

/** [start, end) of `quote` in `text` (first occurrence). */
function spanOf(text: string, quote: string): [number, number] {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`not found: ${quote}`);
  return [start, start + quote.length];
}

const longWords = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ");

describe("quoteInContext", () => {
  it.each<[string, string, string, QuoteInContext]>([
    [
      "the sentence around the quote, not its neighbours",
      "First one. Then the quote sits here, happily. Last one!",
      "quote sits",
      { before: "Then the ", quote: "quote sits", after: " here, happily." },
    ],
    [
      "quote ending the sentence",
      "First one. The end is here. Next.",
      "is here.",
      { before: "The end ", quote: "is here.", after: "" },
    ],
    [
      "closing quote mark belongs to the sentence",
      'He said "we won." Then left.',
      "we won",
      { before: 'He said "', quote: "we won", after: '."' },
    ],
    [
      "question and exclamation marks end sentences",
      "Who? Me! The quote. Yes.",
      "The quote",
      { before: "", quote: "The quote", after: "." },
    ],
    [
      "abbreviation followed by lower case does not split",
      "The U.S. troops left. Later.",
      "troops",
      { before: "The U.S. ", quote: "troops", after: " left." },
    ],
    [
      "never crosses a paragraph break",
      "Para one has no full stop\n\nPara two starts here and goes on\n\nPara three.",
      "starts",
      { before: "Para two ", quote: "starts", after: " here and goes on" },
    ],
    [
      "a single newline is whitespace, not a paragraph",
      "Line one.\nLine two has the quote and ends.",
      "the quote",
      { before: "Line two has ", quote: "the quote", after: " and ends." },
    ],
    [
      "a quote over two sentences keeps both whole",
      "Zero. One two. Three four. Five.",
      "two. Three",
      { before: "One ", quote: "two. Three", after: " four." },
    ],
    [
      "UTF-16 offsets with emoji and Cyrillic",
      "Він сказав 🇨🇳 так. Друге 😀 речення тут.",
      "речення",
      { before: "Друге 😀 ", quote: "речення", after: " тут." },
    ],
  ])("%s", (_name, text, quote, expected) => {
    const [start, end] = spanOf(text, quote);
    expect(quoteInContext(text, start, end)).toEqual(expected);
  });

  it("trims long context at a word, with an ellipsis", () => {
    const text = `${longWords} QUOTE ${longWords}.`;
    const [start, end] = spanOf(text, "QUOTE");
    const { before, after } = quoteInContext(text, start, end);
    expect(before.startsWith("…word")).toBe(true);
    expect(after.endsWith("…")).toBe(true);
    expect(before.length).toBeLessThanOrEqual(MAX_CONTEXT_LENGTH + 1);
    expect(after.length).toBeLessThanOrEqual(MAX_CONTEXT_LENGTH + 1);
    expect(text.includes(before.slice(1))).toBe(true);
    expect(text.includes(after.slice(0, -1))).toBe(true);
  });

  it("clamps a span outside the text instead of throwing", () => {
    expect(quoteInContext("Short.", 3, 99)).toEqual({ before: "Sho", quote: "rt.", after: "" });
  });
});

describe("claimInContext", () => {
  const text = "One. The claim is here. Two.";
  const [start, end] = spanOf(text, "claim");
  const selector = { exact: "claim", prefix: "The ", suffix: " is", start, end };

  it.each<[string, boolean, typeof selector, QuoteInContext]>([
    ["anchored", true, selector, { before: "The ", quote: "claim", after: " is here." }],
    ["orphaned: quote alone", false, selector, { before: "", quote: "claim", after: "" }],
    [
      "offsets that no longer hold the quote: quote alone",
      true,
      { ...selector, start: 0, end: 5 },
      { before: "", quote: "claim", after: "" },
    ],
  ])("%s", (_name, anchored, claimSelector, expected) => {
    expect(claimInContext(text, { anchored, selector: claimSelector })).toEqual(expected);
  });
});
