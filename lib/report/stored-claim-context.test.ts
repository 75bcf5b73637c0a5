import { describe, expect, it } from "vitest";
import { describeQuote } from "../anchoring/text-quote";
import { savedContextAtWords, storedClaimInContext, type StoredSelector } from "./sentence-context";

const text =
  "The minister spoke on Monday. She praised the plan and said it exceeded every target set for the year. Reporters asked for figures.";

function selectorOf(quote: string): StoredSelector {
  const selector = describeQuote(text, quote);
  if (!selector) throw new Error(`not found: ${quote}`);
  return selector;
}

describe("savedContextAtWords", () => {
  it.each([
    [
      "cuts both sides at whole words, with an ellipsis where it cut",
      {
        prefix: "ch. She praised the plan and said",
        exact: "it",
        suffix: " exceeded every target set for th",
      },
      { before: "…She praised the plan and said", quote: "it", after: " exceeded every target set for…" },
    ],
    [
      "keeps a short prefix whole: it began at the start of the text",
      { prefix: "She said ", exact: "it", suffix: " rained." },
      { before: "She said ", quote: "it", after: " rained." },
    ],
    [
      "never crosses a paragraph break",
      {
        prefix: "the end of one paragraph.\n\nNew one ",
        exact: "starts",
        suffix: " here.\n\nAnd another paragraph f",
      },
      { before: "New one ", quote: "starts", after: " here." },
    ],
    [
      "a single long word leaves only the ellipsis",
      { prefix: "x".repeat(40), exact: "quote", suffix: "y".repeat(40) },
      { before: "…", quote: "quote", after: "…" },
    ],
  ])("%s", (_name, selector, expected) => {
    expect(savedContextAtWords(selector)).toEqual(expected);
  });
});

describe("storedClaimInContext", () => {
  it("shows the whole sentence around the quote when the text holds it", () => {
    expect(storedClaimInContext(text, selectorOf("exceeded every target"))).toEqual({
      before: "She praised the plan and said it ",
      quote: "exceeded every target",
      after: " set for the year.",
    });
  });

  it("falls back to the saved context, at whole words, when the text no longer holds the quote there", () => {
    const selector = selectorOf("exceeded every target");
    const edited = text.replace("The minister", "Yesterday the prime minister");
    const context = storedClaimInContext(edited, selector);
    expect(context.quote).toBe("exceeded every target");
    expect(context.before).toMatch(/^…\S/);
    expect(context.before).not.toMatch(/^…(ed|aised|lan)\b/);
    expect(context.after).toMatch(/\S…$/);
    expect(context.after.endsWith(" ye…")).toBe(false);
  });

  it("falls back without any text", () => {
    const selector = { prefix: "She said ", exact: "it", suffix: " rained.", start: 9, end: 11 };
    expect(storedClaimInContext(null, selector)).toEqual({
      before: "She said ",
      quote: "it",
      after: " rained.",
    });
  });
});
