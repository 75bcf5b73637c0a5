import { z } from "zod";

export const settingsResource = z
  .object({
    approvalThreshold: z.number().int(),
    minSourcesToSubmit: z.number().int(),
    organizationName: z.string(),
    organizationUrl: z.string().optional(),
    organizationLogoUrl: z.string().optional(),
    showReviewerNames: z.boolean(),
    suggestionThreshold: z
      .number()
      .min(0)
      .max(1)
      .describe(
        "Sentences scoring at least this are suggested as claims; the model's own threshold until an admin sets one (null resets it).",
      ),
  })
  .meta({ id: "Settings" });

export const settingsResponse = z.object({ settings: settingsResource });
