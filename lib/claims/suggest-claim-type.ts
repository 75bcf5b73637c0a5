import type { ClaimType } from "./claim-types";

/*
 * A first guess at a claim's type from its words, for the claim dialog to
 * preselect. The checks run most specific first: a quoted forecast of a
 * number ("We expect 5% growth," he said) is a quotation before it is a
 * prediction or a statistic, because the quotation is what gets checked
 * first. A wrong guess costs one change of a select box.
 */
const rules: readonly (readonly [ClaimType, RegExp])[] = [
  ["quotation", /["“”«»]|(?:^|\s)['‘][^'’]+['’](?=[\s.,;:!?]|$)/u],
  [
    "prediction",
    /\b(?:will|won't|shall|expects? to|expected to|forecasts?|forecast to|projected|is set to|are set to|predicts?)\b/iu,
  ],
  ["causal", /\b(?:because|due to|led to|leads? to|caused|causes|as a result of|resulted in|thanks to)\b/iu],
  ["statistic", /\d|\bper ?cent\b|[%$€£¥]|\b(?:million|billion|trillion|half|twice|doubled?|tripled?)\b/iu],
];

/** The claim type the text most likely is, or "other" when nothing points anywhere. */
export function suggestClaimType(text: string): ClaimType {
  return rules.find(([, pattern]) => pattern.test(text))?.[0] ?? "other";
}
