import { z } from "zod";

/** Limits on what one import may hold, so a hostile file cannot exhaust memory or the database. */
export const IMPORT_LIMITS = {
  /** Fact-checks in one file or page. */
  reviews: 5_000,
  /** JSON nodes visited while looking for them. */
  nodes: 200_000,
  /** How deep the reader descends into nested objects. */
  depth: 24,
  statement: 2_000,
  name: 300,
  url: 2_048,
};

/** Plain text: control characters out, runs of white space as one space, trimmed. */
const plainText = (max: number) =>
  z
    .string()
    .transform((value) =>
      value
        .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .pipe(z.string().min(1).max(max));

/** An absolute http(s) address without credentials; the fragment dropped, as it names no other page. */
export const webAddress = z
  .string()
  .trim()
  .max(IMPORT_LIMITS.url)
  .transform((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: "custom", message: "is not a web address" });
      return z.NEVER;
    }
    if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password) {
      context.addIssue({ code: "custom", message: "is not an http(s) address" });
      return z.NEVER;
    }
    url.hash = "";
    return url.href;
  });

/** A ClaimReview as the archive keeps it: read-only, labelled with its publisher. */
export const importedFactCheckSchema = z.object({
  url: webAddress,
  claimReviewed: plainText(IMPORT_LIMITS.statement),
  ratingName: plainText(IMPORT_LIMITS.name),
  ratingValue: z.number().finite().nullable(),
  bestRating: z.number().finite().nullable(),
  worstRating: z.number().finite().nullable(),
  publisherName: plainText(IMPORT_LIMITS.name),
  publisherUrl: webAddress.nullable(),
  claimant: plainText(IMPORT_LIMITS.name).nullable(),
  /** The review's headline, copied as the summary of a verdict started from it; one that is unusable is left out, not fatal. */
  headline: plainText(IMPORT_LIMITS.statement).nullable().catch(null),
  /** The review's publication day, or null when it gives none (or an impossible one). */
  datePublished: z.date().nullable(),
  appearanceUrl: webAddress.nullable(),
});
export type ImportedFactCheck = z.infer<typeof importedFactCheckSchema>;
