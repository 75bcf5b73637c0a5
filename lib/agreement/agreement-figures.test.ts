import { describe, expect, it } from "vitest";
import {
  agreementByArticle,
  agreementByReviewerPair,
  agreementOf,
  type ReliabilityClaim,
} from "./agreement-figures";
import { krippendorffAlpha } from "./krippendorff-alpha";

const scale = ["true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "unproven"];
const when = new Date("2026-01-05T10:00:00Z");
let claimCount = 0;

function claim(
  articleId: string,
  ...values: Array<[reviewerId: string, ratingKey: string]>
): ReliabilityClaim {
  return {
    claimId: `claim-${(claimCount += 1)}`,
    articleId,
    values: values.map(([reviewerId, ratingKey]) => ({
      reviewerId,
      ratingKey,
      at: when,
      from: "own_verdict",
    })),
  };
}

// Two reviewers on four claims: they agree on two, differ by one rank on one,
// and one claim has a single value (not pairable).
const claims = [
  claim("a1", ["ana", "true"], ["ben", "true"]),
  claim("a1", ["ana", "false"], ["ben", "mostly-false"]),
  claim("a2", ["ana", "mixed"], ["ben", "mixed"]),
  claim("a2", ["ana", "mostly-true"]),
];

describe("agreementOf", () => {
  it("is ordinal alpha on the scale plus the raw agreement over pairable claims", () => {
    const figures = agreementOf(claims, scale);
    // By hand (Krippendorff 2011's formulas): n = 6, D_o = 2/6, D_e = 198/30, α = 1 − (1/3)/6.6.
    expect(figures.alpha).toBeCloseTo(1 - 1 / 3 / 6.6, 12);
    expect(figures).toMatchObject({ rawAgreement: 2 / 3, pairableClaims: 3, reviewers: 2, reason: null });
  });

  it("keeps ratings outside the numeric scale on the ordinal scale by position", () => {
    const withUnproven = [...claims, claim("a2", ["ana", "false"], ["ben", "unproven"])];
    const expected = krippendorffAlpha(
      withUnproven.filter((c) => c.values.length > 1).map((c) => c.values.map((v) => v.ratingKey)),
      "ordinal",
      scale,
    ).alpha;
    expect(agreementOf(withUnproven, scale).alpha).toBe(expected);
    expect(agreementOf(withUnproven, scale).alpha).toBeLessThan(agreementOf(claims, scale).alpha!);
  });

  it("is null with a reason when no claim has two reviewers' values", () => {
    expect(agreementOf([claim("a1", ["ana", "true"])], scale)).toEqual({
      alpha: null,
      rawAgreement: null,
      pairableClaims: 0,
      reviewers: 0,
      reason: "no_pairable_claims",
    });
    expect(agreementOf([], scale).reason).toBe("no_pairable_claims");
  });

  it("is null with a reason, and 100% raw agreement, when everyone gave one and the same rating", () => {
    expect(agreementOf([claim("a1", ["ana", "true"], ["ben", "true"])], scale)).toEqual({
      alpha: null,
      rawAgreement: 1,
      pairableClaims: 1,
      reviewers: 2,
      reason: "single_rating",
    });
  });

  it("is 1 for perfect agreement on different ratings", () => {
    const perfect = [
      claim("a1", ["ana", "true"], ["ben", "true"]),
      claim("a1", ["ana", "false"], ["ben", "false"]),
    ];
    expect(agreementOf(perfect, scale)).toMatchObject({ alpha: 1, rawAgreement: 1 });
  });
});

describe("agreementByReviewerPair", () => {
  it("compares each two reviewers on the claims both rated, most shared claims first", () => {
    const three = [
      claim("a1", ["ana", "true"], ["ben", "true"], ["cy", "mixed"]),
      claim("a1", ["ana", "false"], ["ben", "false"]),
      claim("a1", ["ben", "mixed"], ["cy", "mixed"]),
    ];
    const pairs = agreementByReviewerPair(three, scale);
    expect(pairs.map((pair) => [pair.reviewerIds, pair.pairableClaims, pair.rawAgreement])).toEqual([
      [["ana", "ben"], 2, 1],
      [["ben", "cy"], 2, 0.5],
      [["ana", "cy"], 1, 0],
    ]);
    expect(pairs[0]!.alpha).toBe(1);
    // One shared claim on which they differ: alpha of that single pair of values.
    expect(pairs[2]).toMatchObject({ reviewers: 2, reason: null });
  });
});

describe("agreementByArticle", () => {
  it("gives each article with a pairable claim its own figures", () => {
    const byArticle = agreementByArticle([...claims, claim("a3", ["ana", "true"])], scale);
    expect(byArticle.map((figures) => [figures.articleId, figures.pairableClaims])).toEqual([
      ["a1", 2],
      ["a2", 1],
    ]);
    expect(byArticle[1]).toMatchObject({ alpha: null, reason: "single_rating", rawAgreement: 1 });
  });
});
