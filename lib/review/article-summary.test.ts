import { describe, it, expect } from "vitest";
import { summarizeArticle, type ArticleSummary } from "./article-summary";
import type { ClaimStatus } from "./claim-status";

type Claim = { status: ClaimStatus; ratingKey?: string | null };

const zero: Record<ClaimStatus, number> = {
  needs_verdict: 0,
  in_review: 0,
  changes_requested: 0,
  disputed: 0,
  approved: 0,
  dismissed: 0,
};
const counts = (partial: Partial<Record<ClaimStatus, number>>): Record<ClaimStatus, number> => ({
  ...zero,
  ...partial,
});

describe("summarizeArticle", () => {
  it.each<[string, Claim[], ArticleSummary]>([
    [
      "no claims: not checked, so not ready",
      [],
      { total: 0, counts: zero, byRating: {}, approvedShare: 0, percentDone: 0, readyToPublish: false },
    ],
    [
      "all approved",
      [
        { status: "approved", ratingKey: "false" },
        { status: "approved", ratingKey: "true" },
        { status: "approved", ratingKey: "false" },
      ],
      {
        total: 3,
        counts: counts({ approved: 3 }),
        byRating: { false: 2, true: 1 },
        approvedShare: 1,
        percentDone: 100,
        readyToPublish: true,
      },
    ],
    [
      "approved plus dismissed is ready",
      [{ status: "approved", ratingKey: "misleading" }, { status: "dismissed" }],
      {
        total: 2,
        counts: counts({ approved: 1, dismissed: 1 }),
        byRating: { misleading: 1 },
        approvedShare: 1,
        percentDone: 100,
        readyToPublish: true,
      },
    ],
    [
      "all dismissed: ready, share 0",
      [{ status: "dismissed" }, { status: "dismissed" }],
      {
        total: 2,
        counts: counts({ dismissed: 2 }),
        byRating: {},
        approvedShare: 0,
        percentDone: 100,
        readyToPublish: true,
      },
    ],
    [
      "one open claim blocks publishing",
      [
        { status: "approved", ratingKey: "true" },
        { status: "in_review", ratingKey: "false" },
      ],
      {
        total: 2,
        counts: counts({ approved: 1, in_review: 1 }),
        byRating: { true: 1 },
        approvedShare: 0.5,
        percentDone: 50,
        readyToPublish: false,
      },
    ],
    [
      "percentDone rounds down (2 of 3 → 66)",
      [{ status: "approved" }, { status: "dismissed" }, { status: "disputed" }],
      {
        total: 3,
        counts: counts({ approved: 1, dismissed: 1, disputed: 1 }),
        byRating: {},
        approvedShare: 0.5,
        percentDone: 66,
        readyToPublish: false,
      },
    ],
    [
      "every status counted; ratings only from approved claims",
      [
        { status: "needs_verdict" },
        { status: "in_review", ratingKey: "true" },
        { status: "changes_requested", ratingKey: "false" },
        { status: "disputed", ratingKey: "false" },
        { status: "approved", ratingKey: null },
        { status: "dismissed", ratingKey: "true" },
      ],
      {
        total: 6,
        counts: counts({
          needs_verdict: 1,
          in_review: 1,
          changes_requested: 1,
          disputed: 1,
          approved: 1,
          dismissed: 1,
        }),
        byRating: {},
        approvedShare: 0.2,
        percentDone: 33,
        readyToPublish: false,
      },
    ],
    [
      "199 of 200 done is 99, not 100",
      [...Array.from({ length: 199 }, (): Claim => ({ status: "approved" })), { status: "needs_verdict" }],
      {
        total: 200,
        counts: counts({ approved: 199, needs_verdict: 1 }),
        byRating: {},
        approvedShare: 0.995,
        percentDone: 99,
        readyToPublish: false,
      },
    ],
  ])("%s", (_name, claims, expected) => {
    expect(summarizeArticle(claims)).toEqual(expected);
  });
});
