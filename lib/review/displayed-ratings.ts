import { reviewStateOf, type ClaimFacts, type StatusRules } from "./claim-status";

export interface DisplayedRating {
  key: string;
  label: string;
  shortCode: string;
  color: string;
  /** True for the rating of an approved verdict; false for a proposed one. */
  approved: boolean;
}

/**
 * Which verdict ratings to show beside a claim: the approved verdict's
 * rating when there is one, otherwise every distinct rating proposed by a
 * submitted verdict (two or more means the claim is disputed). Drafts and
 * closed verdicts are never shown.
 */
export function pickDisplayedRatings(
  claim: ClaimFacts,
  rules: StatusRules,
): Array<{ ratingKey: string; approved: boolean }> {
  if (claim.dismissed) return [];
  const submitted = claim.verdicts.filter((v) => v.state === "submitted");
  const proposed = [...new Set(submitted.map((v) => v.ratingKey))];
  const approved = submitted.find((v) => reviewStateOf(v, rules).approved);
  if (approved && proposed.length === 1) return [{ ratingKey: approved.ratingKey, approved: true }];
  return proposed.map((ratingKey) => ({ ratingKey, approved: false }));
}
