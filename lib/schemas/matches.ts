import { z } from "zod";
import { ARCHIVE_ENTRY_ID, isArchiveEntryId } from "@/lib/claim-matching/archive-entry-id";

/** The longest archive search: far above any claim's words. */
export const ARCHIVE_SEARCH_MAX = 500;

const entryId = z
  .string({ error: "Give entryId: the archive entry, like fact-check:… or claim:…." })
  .max(200, "That is not an archive entry.")
  .regex(
    ARCHIVE_ENTRY_ID,
    "That is not an archive entry: give its id as a match lists it, like fact-check:….",
  );

/** A reviewer says a match is unrelated to the claim. */
export const dismissMatchSchema = z.strictObject({ entryId });

/** `GET /archive/search`: a reviewer's own search of the fact-check archive. */
export const archiveSearchQuerySchema = z.object({
  q: z
    .string({ error: "Give q: the words to search the archive for." })
    .trim()
    .min(1, "Give q: the words to search the archive for.")
    .max(ARCHIVE_SEARCH_MAX, `Keep the search under ${ARCHIVE_SEARCH_MAX} characters.`)
    .describe("What to look for: a claim's words, as they would be said."),
  top: z
    .string()
    .regex(/^\d{1,2}$/, "Give top as a whole number from 1 to 20.")
    .transform(Number)
    .refine((n) => n >= 1 && n <= 20, "Give top as a whole number from 1 to 20.")
    .optional()
    .describe("How many results at most (1–20, default 10)."),
});

/**
 * The claim page's query: `archive`, a hand search of the fact-check
 * archive, and `basedOn`, the archive entry a new verdict starts from. A
 * value that does not fit is ignored, not an error: the page still opens.
 */
export const claimPageQuerySchema = z.object({
  archive: z.string().trim().max(ARCHIVE_SEARCH_MAX).optional().catch(undefined),
  basedOn: z.string().max(200).refine(isArchiveEntryId).optional().catch(undefined),
});
