import { describe, expect, it } from "vitest";
import type { VerdictFact } from "./claim-status";
import { pickDisplayedRatings } from "./displayed-ratings";

const at = (minute: number) => new Date(Date.UTC(2025, 3, 28, 12, minute));
const verdict = (over: Partial<VerdictFact>): VerdictFact => ({
  id: "v1",
  authorId: "alice",
  state: "submitted",
  version: 1,
  ratingKey: "true",
  reviews: [],
  ...over,
});
const approval = { reviewerId: "bob", version: 1, decision: "approve" as const, createdAt: at(1) };
const rules = { approvalThreshold: 1 };

describe("pickDisplayedRatings", () => {
  it.each([
    ["no verdicts", { dismissed: false, verdicts: [] }, []],
    ["a draft only", { dismissed: false, verdicts: [verdict({ state: "draft" })] }, []],
    [
      "a proposed rating",
      { dismissed: false, verdicts: [verdict({})] },
      [{ ratingKey: "true", approved: false }],
    ],
    [
      "an approved rating",
      { dismissed: false, verdicts: [verdict({ reviews: [approval] })] },
      [{ ratingKey: "true", approved: true }],
    ],
    [
      "a dispute shows both ratings, neither approved",
      {
        dismissed: false,
        verdicts: [
          verdict({ reviews: [approval] }),
          verdict({ id: "v2", authorId: "bob", ratingKey: "false" }),
        ],
      },
      [
        { ratingKey: "true", approved: false },
        { ratingKey: "false", approved: false },
      ],
    ],
    [
      "a closed competing verdict is ignored",
      {
        dismissed: false,
        verdicts: [
          verdict({ reviews: [approval] }),
          verdict({ id: "v2", state: "closed", ratingKey: "false" }),
        ],
      },
      [{ ratingKey: "true", approved: true }],
    ],
    ["a dismissed claim shows none", { dismissed: true, verdicts: [verdict({ reviews: [approval] })] }, []],
  ])("%s", (_name, claim, expected) => {
    expect(pickDisplayedRatings(claim, rules)).toEqual(expected);
  });
});
