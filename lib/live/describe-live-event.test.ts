import { describe, expect, it } from "vitest";
import { describeLiveEvent } from "./describe-live-event";

const cases: Array<[action: string, actorName: string | null, statement: string | null, notice: string]> = [
  [
    "claim.marked",
    "Edna Editor",
    "Crime fell 20% last year",
    "Edna Editor marked claim “Crime fell 20% last year”",
  ],
  ["review.approved", "Rita", "Taxes rose", "Rita approved a verdict on claim “Taxes rose”"],
  ["verdict.submitted", "Rita", "Taxes rose", "Rita submitted a verdict on claim “Taxes rose”"],
  ["claim.dismissed", "Sam", "  Spaced\n out  ", "Sam dismissed claim “Spaced out”"],
  ["comment.added", null, "Taxes rose", "Someone commented on claim “Taxes rose”"],
  ["claim.deleted", "Sam", null, "Sam deleted a claim"],
  ["claim.disputed", "Rita", "Taxes rose", "Verdicts disagree: claim “Taxes rose” is disputed"],
  ["article.revised", "Sam", null, "Sam edited the article text"],
  ["report.published", "Sam", null, "Sam published the report"],
  ["something.new", "Sam", null, "Sam changed this article"],
  [
    "claim.edited",
    "Sam",
    "The city council spent more on consultants in 2024 than on the entire parks budget",
    "Sam edited claim “The city council spent more on consultants in 2024 than on…”",
  ],
];

describe("describeLiveEvent", () => {
  it.each(cases)("%s by %s", (action, actorName, claimStatement, notice) => {
    expect(describeLiveEvent({ action, actorName, claimStatement })).toBe(notice);
  });

  it("names the article on pages that follow every article", () => {
    expect(
      describeLiveEvent({
        action: "comment.added",
        actorName: "Rita",
        claimStatement: "Taxes rose",
        articleTitle: "Budget 2025",
      }),
    ).toBe("“Budget 2025”: Rita commented on claim “Taxes rose”");
  });
});
