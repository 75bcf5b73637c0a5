import { z } from "zod";
import { claimTypeSchema } from "@/lib/claims/claim-types";

export const STATEMENT_MAX = 600;
export const CLAIMANT_MAX = 200;
export const REASON_MAX = 500;

const offset = z
  .number({ error: "Give the offset as a whole number." })
  .int("Give the offset as a whole number.")
  .min(0, "Offsets start at 0.");

/** A span of the article text at one revision: what the editor selected. */
export const spanSchema = z
  .object({
    revision: z.number().int().min(1),
    start: offset,
    end: offset,
    /** The text the client saw; if given, the server checks it still matches. */
    exact: z.string().max(20_000).optional(),
  })
  .refine((span) => span.end > span.start, {
    message: "Select some text to mark as a claim.",
    path: ["end"],
  });

const statement = z
  .string()
  .trim()
  .min(1, "Write the claim statement.")
  .max(STATEMENT_MAX, `Keep the statement under ${STATEMENT_MAX} characters.`);
const claimant = z
  .string()
  .trim()
  .max(CLAIMANT_MAX, `Keep the claimant under ${CLAIMANT_MAX} characters.`)
  .transform((value) => value || null);

export const createClaimSchema = z.object({
  span: spanSchema,
  statement: statement.optional(),
  claimant: claimant.optional(),
  type: claimTypeSchema.default("other"),
});
export type CreateClaimInput = z.infer<typeof createClaimSchema>;

export const updateClaimSchema = z
  .object({
    version: z.number().int().min(1),
    statement: statement.optional(),
    claimant: claimant.optional(),
    type: claimTypeSchema.optional(),
    span: spanSchema.optional(),
    dismissal: z
      .discriminatedUnion("dismissed", [
        z.object({
          dismissed: z.literal(true),
          reason: z
            .string()
            .trim()
            .min(1, "Say why the claim is not worth checking.")
            .max(REASON_MAX, `Keep the reason under ${REASON_MAX} characters.`),
        }),
        z.object({ dismissed: z.literal(false) }),
      ])
      .optional(),
  })
  .refine((input) => Object.keys(input).length > 1, { message: "Nothing to change." });
export type UpdateClaimInput = z.infer<typeof updateClaimSchema>;
