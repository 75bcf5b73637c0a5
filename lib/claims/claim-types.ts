import { z } from "zod";

export const claimTypes = ["statistic", "quotation", "causal", "prediction", "other"] as const;
export const claimTypeSchema = z.enum(claimTypes);
export type ClaimType = z.infer<typeof claimTypeSchema>;

export const claimTypeLabels: Record<ClaimType, string> = {
  statistic: "Statistic",
  quotation: "Quotation",
  causal: "Causal",
  prediction: "Prediction",
  other: "Other",
};

/** A stored type in words; a value from outside the list (an old import, say) shows as it is. */
export function claimTypeLabel(type: string): string {
  const parsed = claimTypeSchema.safeParse(type);
  return parsed.success ? claimTypeLabels[parsed.data] : type;
}
