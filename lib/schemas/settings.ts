import { z } from "zod";

export const ORGANIZATION_NAME_MAX = 100;

/** Each admin setting's rule, shared by the stored settings and the update form. */
export const settingFields = {
  approvalThreshold: z
    .number({ error: "Give the number of approvals as a whole number from 1 to 10." })
    .int("Give the number of approvals as a whole number from 1 to 10.")
    .min(1, "A verdict needs at least 1 approval.")
    .max(10, "Ask for at most 10 approvals."),
  minSourcesToSubmit: z
    .number({ error: "Give the number of sources as a whole number from 0 to 20." })
    .int("Give the number of sources as a whole number from 0 to 20.")
    .min(0, "The number of sources cannot be negative.")
    .max(20, "Ask for at most 20 sources."),
  organizationName: z
    .string({ error: "Write the organisation's name." })
    .trim()
    .min(1, "Write the organisation's name.")
    .max(ORGANIZATION_NAME_MAX, `Keep the name to ${ORGANIZATION_NAME_MAX} characters or fewer.`),
  organizationUrl: z.httpUrl({ error: "Give a web address starting with http:// or https://." }),
  /*
   * https only: search engines and aggregators fetch the logo from a page
   * served over https, and browsers block or flag an http image there as
   * mixed content, so an http logo would quietly not show.
   */
  // z.httpUrl with the scheme narrowed to https (same hostname rule).
  organizationLogoUrl: z.url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    error:
      "Give the logo's web address starting with https:// (an http:// image is blocked on secure pages).",
  }),
  showReviewerNames: z.boolean({ error: "Send showReviewerNames as true or false." }),
  suggestionThreshold: z
    .number({ error: "Give the suggestion threshold as a number from 0.05 to 0.95, like 0.5." })
    .min(0.05, "Set the suggestion threshold to at least 0.05, or every sentence would be suggested.")
    .max(0.95, "Set the suggestion threshold to at most 0.95, or almost nothing would be suggested."),
};

/** An empty web address clears it. */
const clearedWhenEmpty = <T extends z.ZodType>(field: T) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    field.nullable(),
  );

/** Some settings to change; the ones left out keep their value. */
export const updateSettingsSchema = z
  .strictObject({
    approvalThreshold: settingFields.approvalThreshold.optional(),
    minSourcesToSubmit: settingFields.minSourcesToSubmit.optional(),
    organizationName: settingFields.organizationName.optional(),
    organizationUrl: clearedWhenEmpty(settingFields.organizationUrl).optional(),
    organizationLogoUrl: clearedWhenEmpty(settingFields.organizationLogoUrl).optional(),
    showReviewerNames: settingFields.showReviewerNames.optional(),
    /** null goes back to the model's own threshold. */
    suggestionThreshold: settingFields.suggestionThreshold.nullable().optional(),
  })
  .refine((input) => Object.values(input).some((v) => v !== undefined), { message: "Nothing to change." });
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;
