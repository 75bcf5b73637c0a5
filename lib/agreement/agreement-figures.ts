import { krippendorffAlpha } from "./krippendorff-alpha";
import { rawAgreement } from "./raw-agreement";
import type { ReviewerValue } from "./reviewer-values";

/*
 * Agreement between reviewers on the rating scale, from the reliability
 * data reviewer-values.ts defines. Alpha is ordinal on the scale as the
 * admins ordered it (Rating.position), retired ratings included since old
 * verdicts keep them. Ratings outside the numeric scale (Misleading,
 * Unproven) stay on it by position, after False in the default scale: we
 * found no published reason to drop them, and dropping them would hide
 * exactly the disagreements ("False" against "Unproven") an editor needs to
 * see. Krippendorff's ordinal metric measures a distance by how many values
 * were paired on the ranks between two ratings, not by the ranks' numbers,
 * so where they sit costs little; but an admin who reorders the scale
 * changes the figures.
 */

/** One claim with at least one reviewer's value. */
export interface ReliabilityClaim {
  claimId: string;
  articleId: string;
  values: readonly ReviewerValue[];
}

/** Why a figure is null: no claim has two reviewers' values, or all of them gave one and the same rating. */
export type AgreementGap = "no_pairable_claims" | "single_rating";

export interface AgreementFigures {
  /** Krippendorff's alpha (ordinal); null with `reason` when not computable. */
  alpha: number | null;
  /** Share of pairs of values on the same claim that are the same rating; null without pairable claims. */
  rawAgreement: number | null;
  /** Claims with values from at least two reviewers. */
  pairableClaims: number;
  /** Reviewers with a value on at least one pairable claim. */
  reviewers: number;
  reason: AgreementGap | null;
}

export interface PairAgreement extends AgreementFigures {
  /** The two reviewers, in id order; pairableClaims is the number of claims both rated. */
  reviewerIds: readonly [string, string];
}

/** Agreement over `claims`; `scale` is every rating key in scale order. */
export function agreementOf(claims: readonly ReliabilityClaim[], scale: readonly string[]): AgreementFigures {
  const pairable = claims.filter((claim) => claim.values.length >= 2);
  const units = pairable.map((claim) => claim.values.map((value) => value.ratingKey));
  const alpha = krippendorffAlpha(units, "ordinal", scale);
  const reviewers = new Set(pairable.flatMap((claim) => claim.values.map((value) => value.reviewerId)));
  return {
    alpha: alpha.alpha,
    rawAgreement: rawAgreement(units).share,
    pairableClaims: pairable.length,
    reviewers: reviewers.size,
    reason:
      alpha.alpha !== null ? null : alpha.reason === "no_variation" ? "single_rating" : "no_pairable_claims",
  };
}

/** Agreement of every two reviewers who both rated at least one claim, on those claims only; most shared claims first. */
export function agreementByReviewerPair(
  claims: readonly ReliabilityClaim[],
  scale: readonly string[],
): PairAgreement[] {
  const shared = new Map<string, { reviewerIds: [string, string]; claims: ReliabilityClaim[] }>();
  for (const claim of claims) {
    for (const [i, first] of claim.values.entries()) {
      for (const second of claim.values.slice(i + 1)) {
        const reviewerIds = [first.reviewerId, second.reviewerId].sort() as [string, string];
        const key = reviewerIds.join(" ");
        const entry = shared.get(key) ?? { reviewerIds, claims: [] };
        entry.claims.push({ ...claim, values: [first, second] });
        shared.set(key, entry);
      }
    }
  }
  return [...shared.values()]
    .map(({ reviewerIds, claims: both }) => ({ reviewerIds, ...agreementOf(both, scale) }))
    .sort(
      (a, b) =>
        b.pairableClaims - a.pairableClaims || a.reviewerIds.join().localeCompare(b.reviewerIds.join()),
    );
}

/** Agreement per article, for articles with at least one pairable claim. */
export function agreementByArticle(
  claims: readonly ReliabilityClaim[],
  scale: readonly string[],
): Array<AgreementFigures & { articleId: string }> {
  const byArticle = new Map<string, ReliabilityClaim[]>();
  for (const claim of claims)
    byArticle.set(claim.articleId, [...(byArticle.get(claim.articleId) ?? []), claim]);
  return [...byArticle]
    .map(([articleId, ofArticle]) => ({ articleId, ...agreementOf(ofArticle, scale) }))
    .filter((figures) => figures.pairableClaims > 0);
}
