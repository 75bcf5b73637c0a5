/**
 * The default rating scale. `value` runs 5 (True) to 1 (False) and feeds
 * schema.org ClaimReview's ratingValue; Misleading and Unproven sit outside
 * the numeric scale. Colours pass WCAG AA as text on white; the short code
 * and label are always shown with them, so colour is never the only signal.
 */
export interface RatingDefinition {
  key: string;
  label: string;
  shortCode: string;
  color: string;
  value: number | null;
  definition: string;
}

export const defaultRatings: readonly RatingDefinition[] = [
  {
    key: "true",
    label: "True",
    shortCode: "T",
    color: "#15803d",
    value: 5,
    definition: "The claim is accurate and nothing significant is missing.",
  },
  {
    key: "mostly-true",
    label: "Mostly true",
    shortCode: "MT",
    color: "#4d7c0f",
    value: 4,
    definition: "The claim is accurate but needs clarification or additional information.",
  },
  {
    key: "mixed",
    label: "Mixed",
    shortCode: "MX",
    color: "#a16207",
    value: 3,
    definition: "The claim is partly accurate and partly inaccurate.",
  },
  {
    key: "mostly-false",
    label: "Mostly false",
    shortCode: "MF",
    color: "#c2410c",
    value: 2,
    definition: "The claim contains an element of truth but ignores facts that give a different impression.",
  },
  {
    key: "false",
    label: "False",
    shortCode: "F",
    color: "#b91c1c",
    value: 1,
    definition: "The claim is not accurate.",
  },
  {
    key: "misleading",
    label: "Misleading",
    shortCode: "MS",
    color: "#7e22ce",
    value: null,
    definition: "The claim uses accurate facts in a way that leads to a false conclusion.",
  },
  {
    key: "unproven",
    label: "Unproven",
    shortCode: "U",
    color: "#475569",
    value: null,
    definition: "There is not enough evidence to prove or disprove the claim.",
  },
];
