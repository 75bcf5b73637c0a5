import { z } from "zod";
import { ARCHIVE_ENTRY_ID } from "@/lib/claim-matching/archive-entry-id";
import { sourceInputSchema } from "./source";

export const SUMMARY_MAX = 280;
export const RATIONALE_MAX = 10_000;
export const SOURCES_MAX = 20;
export const REVIEW_COMMENT_MAX = 2000;
/** Far above any id or rating key; a bound so no field of a body is unlimited. */
const ID_MAX = 200;

/** A verdict's content: what each revision holds. */
export const verdictContentSchema = z.strictObject({
  rating: z.string().trim().min(1, "Choose a rating.").max(ID_MAX, "That is not a rating of the scale."),
  summary: z
    .string()
    .trim()
    .min(1, "Write a one-sentence summary.")
    .max(SUMMARY_MAX, `Keep the summary under ${SUMMARY_MAX} characters: one sentence.`),
  rationale: z
    .string()
    .max(RATIONALE_MAX, `Keep the rationale under ${RATIONALE_MAX.toLocaleString("en")} characters.`)
    .default(""),
  sources: z.array(sourceInputSchema).max(SOURCES_MAX, `Cite at most ${SOURCES_MAX} sources.`).default([]),
  /** Submit for review now, rather than keep as a draft. */
  submit: z.boolean().default(false),
});
export type VerdictContentInput = z.infer<typeof verdictContentSchema>;

/** A new verdict: its content and, when started from a "Checked before?" match, the archive entry it is based on. */
export const createVerdictSchema = verdictContentSchema.extend({
  basedOn: z
    .string()
    .max(ID_MAX)
    .regex(ARCHIVE_ENTRY_ID, "basedOn names an archive entry, like fact-check:… or claim:….")
    .optional(),
});
export type CreateVerdictInput = z.infer<typeof createVerdictSchema>;

/** A change to an existing verdict, made from the version the author saw. */
export const reviseVerdictSchema = verdictContentSchema.extend({ baseVersion: z.number().int().min(1) });
export type ReviseVerdictInput = z.infer<typeof reviseVerdictSchema>;

export const submitVerdictSchema = z.strictObject({ baseVersion: z.number().int().min(1) });

export const reviewSchema = z
  .strictObject({
    decision: z.enum(["approve", "request_changes"], { error: "Choose approve or request changes." }),
    comment: z
      .string()
      .trim()
      .max(
        REVIEW_COMMENT_MAX,
        `Keep the comment under ${REVIEW_COMMENT_MAX.toLocaleString("en")} characters.`,
      )
      .optional()
      .transform((value) => value || null),
    /** The verdict revision being reviewed. */
    version: z.number().int().min(1),
    /** The verdict's lock version the reviewer saw; optional for API callers. */
    baseVersion: z.number().int().min(1).optional(),
  })
  .refine((review) => review.decision === "approve" || review.comment, {
    message: "Say what needs to change.",
    path: ["comment"],
  });
export type ReviewInput = z.infer<typeof reviewSchema>;

export const resolveDisputeSchema = z.strictObject({
  keepVerdictId: z
    .string()
    .min(1, "Choose the verdict that stands.")
    .max(ID_MAX, "That is not a verdict of this claim."),
  reason: z
    .string()
    .trim()
    .min(1, "Say why this verdict stands.")
    .max(500, "Keep the reason under 500 characters."),
});
export type ResolveDisputeInput = z.infer<typeof resolveDisputeSchema>;

export const commentSchema = z.strictObject({
  body: z.string().trim().min(1, "Write a comment.").max(4000, "Keep the comment under 4,000 characters."),
});
