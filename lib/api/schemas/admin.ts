import { z } from "zod";

export const settingsResource = z
  .object({
    approvalThreshold: z.number().int(),
    minSourcesToSubmit: z.number().int(),
    organizationName: z.string(),
    organizationUrl: z.string().optional(),
    organizationLogoUrl: z.string().optional(),
    showReviewerNames: z.boolean(),
  })
  .meta({ id: "Settings" });

export const settingsResponse = z.object({ settings: settingsResource });
