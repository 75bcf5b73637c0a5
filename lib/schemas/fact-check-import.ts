import { z } from "zod";
import { keyedUnion } from "./keyed-union";

/**
 * `POST /api/v1/fact-checks/imports`: the address of a fact-check page or
 * feed to fetch (`url`), or ClaimReview JSON-LD or a JSON feed of them
 * (`json`, the parsed document, whose keys are the publisher's own).
 */
export const importFactChecksSchema = keyedUnion(
  "url",
  z.strictObject({
    url: z
      .string({ error: "Give the page or feed's address as `url`." })
      .trim()
      .min(1, "Give the page or feed's address as `url`.")
      .max(2_048, "That address is too long."),
  }),
  z.strictObject({
    json: z.unknown().refine((value) => value !== undefined, {
      message: "Send the ClaimReview JSON-LD or feed as `json`, or an address as `url`.",
    }),
  }),
);
export type ImportFactChecksInput = z.infer<typeof importFactChecksSchema>;
