import { z } from "zod";

export const MAX_CORRECTION_LENGTH = 2000;

/**
 * The body of publishing (and of its preview): no body at all publishes
 * with the claims not yet checked left out and no correction.
 */
export const publishRequestSchema = z.strictObject({
  includePending: z
    .boolean({ error: "Send includePending as true or false." })
    .optional()
    .describe("List the claims not yet checked on the public pages. Default false: they are left out."),
  correction: z
    .string({ error: "Send the correction as text." })
    .trim()
    .max(MAX_CORRECTION_LENGTH, `Keep the correction under ${MAX_CORRECTION_LENGTH} characters.`)
    .optional()
    .transform((note) => (note ? note : undefined))
    .describe(
      'A correction note (plain text) shown as "Corrected on <date>: <note>" at the top of this version and every later one.',
    ),
  expectedVersion: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      "The version you previewed: 409 instead of publishing another one if someone published meanwhile.",
    ),
});
export type PublishRequest = z.infer<typeof publishRequestSchema>;
