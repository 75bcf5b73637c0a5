import { describe, expect, it } from "vitest";
import { claimHeading, isStatementTheQuote } from "./claim-heading";

describe("claimHeading", () => {
  it.each([
    [
      "capitalises a raw lower-case fragment",
      "exports rose 12% in March",
      "exports rose 12% in March",
      "Exports rose 12% in March",
    ],
    [
      "trims stray punctuation at the ends of a fragment",
      ", exports rose 12% in March;",
      ", exports rose 12% in March;",
      "Exports rose 12% in March",
    ],
    ["keeps a full stop that ends the sentence", "it doubled.", "it doubled.", "It doubled."],
    [
      "keeps quotation marks",
      "“fastest pace” in two years",
      "“fastest pace” in two years",
      "“fastest pace” in two years",
    ],
    [
      "leaves a written statement as written",
      "exports rose by an eighth",
      "exports rose 12% in March",
      "exports rose by an eighth",
    ],
    ["keeps a fragment that is only punctuation", "—", "—", "—"],
  ])("%s", (_name, statement, exact, expected) => {
    expect(claimHeading(statement, exact)).toBe(expected);
  });
});

describe("isStatementTheQuote", () => {
  it("compares without the whitespace around them", () => {
    expect(isStatementTheQuote(" it doubled ", "it doubled")).toBe(true);
    expect(isStatementTheQuote("It doubled.", "it doubled")).toBe(false);
  });
});
