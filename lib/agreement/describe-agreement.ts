import type { AgreementGap } from "./agreement-figures";

/*
 * How agreement figures read to people, in one place for the Quality page
 * and anything else that shows them. The bands are Krippendorff's
 * (Content Analysis, 2004, §11.4.4): rely on α ≥ .800, consider data with
 * .667 ≤ α < .800 only for tentative conclusions, discard the rest.
 */

export type AlphaBand = "reliable" | "tentative" | "unreliable";

export const RELIABLE_ALPHA = 0.8;
export const TENTATIVE_ALPHA = 0.667;

export function alphaBandOf(alpha: number): AlphaBand {
  if (alpha >= RELIABLE_ALPHA) return "reliable";
  if (alpha >= TENTATIVE_ALPHA) return "tentative";
  return "unreliable";
}

export const alphaBandLabels: Record<AlphaBand, string> = {
  reliable: "Reliable",
  tentative: "Tentative",
  unreliable: "Unreliable",
};

/** One sentence on what alpha means, for the page and the report. */
export const ALPHA_EXPLAINED =
  "Krippendorff's alpha measures how much reviewers agree on claims' ratings beyond what chance would give: 1 is perfect agreement, 0 no better than chance; rely on 0.8 or more, and treat 0.667 to 0.8 as tentative.";

/** Alpha to three decimals, as Krippendorff reports it; a true minus sign for negative values. */
export function formatAlpha(alpha: number): string {
  return alpha.toFixed(3).replace("-", "−");
}

/** A share as a whole percentage. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Why a figure is missing, and what produces one. */
export const agreementGapSentences: Record<AgreementGap, string> = {
  no_pairable_claims:
    "No claim has ratings from two reviewers yet. Agreement appears once a second reviewer approves a verdict or submits their own on the same claim.",
  single_rating:
    "Every reviewer gave the same rating, so alpha has nothing to measure; it appears once claims get different ratings.",
};
