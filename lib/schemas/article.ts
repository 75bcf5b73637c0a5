import { z } from "zod";

export const ARTICLE_TEXT_MAX = 1_000_000;
export const REVISION_NOTE_MAX = 500;

/** A new text revision: the full text and the revision it was edited from. */
export const reviseArticleTextSchema = z.object({
  baseRevision: z.number().int().min(1),
  text: z
    .string()
    .max(ARTICLE_TEXT_MAX, `Keep the article under ${ARTICLE_TEXT_MAX.toLocaleString("en")} characters.`)
    .refine((text) => text.trim().length > 0, "The article text cannot be empty."),
  note: z
    .string()
    .trim()
    .max(REVISION_NOTE_MAX, `Keep the note under ${REVISION_NOTE_MAX} characters.`)
    .optional()
    .transform((value) => value || null),
});
export type ReviseArticleTextInput = z.infer<typeof reviseArticleTextSchema>;
