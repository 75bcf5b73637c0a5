import { z } from "zod";
import { httpUrl } from "./source";

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

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${what} under ${max} characters.`)
    .optional()
    .nullable()
    .transform((value) => value || null);

/** A new article, from the import preview or the API. */
export const createArticleSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Give the article a title.")
    .max(300, "Keep the title under 300 characters."),
  byline: optionalText(200, "byline"),
  dateline: optionalText(200, "dateline"),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as YYYY-MM-DD.")
    .optional()
    .nullable()
    .or(z.literal(""))
    .transform((value) => value || null),
  sourceUrl: z
    .union([z.literal(""), httpUrl("source URL")])
    .optional()
    .nullable()
    .transform((value) => value || null),
  text: z
    .string()
    .max(ARTICLE_TEXT_MAX, `Keep the article under ${ARTICLE_TEXT_MAX.toLocaleString("en")} characters.`)
    .refine((text) => text.trim().length > 0, "The article text cannot be empty."),
  /** Import even though an article with the same source URL exists. */
  allowDuplicate: z.boolean().default(false),
});
export type CreateArticleInput = z.infer<typeof createArticleSchema>;

/** What to preview: pasted text, or a URL to fetch. Files go to their own endpoint. */
export const importPreviewSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("text"),
    text: z.string().max(ARTICLE_TEXT_MAX, "That text is too long to import."),
    title: z.string().trim().max(300).optional(),
  }),
  z.object({
    kind: z.literal("url"),
    url: z.string().trim().min(1, "Enter the address of the article.").max(2000),
  }),
]);
export type ImportPreviewInput = z.infer<typeof importPreviewSchema>;
