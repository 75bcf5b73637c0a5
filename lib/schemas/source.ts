import { z } from "zod";

/** http(s) only: javascript:, data: and friends are refused with a field error. */
export const httpUrl = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${what}.`)
    .max(2000, `The ${what} is too long.`)
    .refine((value) => {
      try {
        const { protocol } = new URL(value);
        return protocol === "http:" || protocol === "https:";
      } catch {
        return false;
      }
    }, `Enter a full web address for the ${what}, starting with http:// or https://.`);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as YYYY-MM-DD.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "That date does not exist.");

/** One evidence source as a reviewer cites it. */
export const sourceInputSchema = z.strictObject({
  url: httpUrl("source URL"),
  /** Optional: a source cited without a title shows its address (or keeps the title it already has). */
  title: z
    .string()
    .trim()
    .max(300, "Keep the title under 300 characters.")
    .optional()
    .transform((value) => value || null),
  publisher: z.string().trim().max(200, "Keep the publisher under 200 characters.").default(""),
  excerpt: z
    .string()
    .trim()
    .max(2000, "Keep the excerpt under 2,000 characters.")
    .optional()
    .transform((value) => value || null),
  /** Optional: left out (or an empty form field) means no access date, and none is shown. */
  accessedAt: isoDate.or(z.literal("").transform(() => undefined)).optional(),
  archiveUrl: z
    .union([z.literal(""), httpUrl("archive URL")])
    .optional()
    .transform((value) => value || null),
});
export type SourceInput = z.infer<typeof sourceInputSchema>;
