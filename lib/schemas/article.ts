import { z } from "zod";
import { isCalendarDate } from "@/lib/import/calendar-date";
import { articleStatuses } from "@/lib/review/article-status";
import { articleListFilterShape, checkDateOrder } from "./article-list";
import { keyedUnion } from "./keyed-union";
import { httpUrl } from "./source";

export const ARTICLE_TEXT_MAX = 1_000_000;
export const REVISION_NOTE_MAX = 500;

const articleText = z
  .string({ error: "Give the article text." })
  .max(ARTICLE_TEXT_MAX, `Keep the article under ${ARTICLE_TEXT_MAX.toLocaleString("en")} characters.`)
  .refine((text) => text.trim().length > 0, "The article text cannot be empty.");

/** A new text revision: the full text and the revision it was edited from. */
export const reviseArticleTextSchema = z.strictObject({
  baseRevision: z.number({ error: "Send the revision you edited as `baseRevision`." }).int().min(1),
  text: articleText,
  note: z
    .string()
    .trim()
    .max(REVISION_NOTE_MAX, `Keep the note under ${REVISION_NOTE_MAX} characters.`)
    .optional()
    .transform((value) => value || null),
});
export type ReviseArticleTextInput = z.infer<typeof reviseArticleTextSchema>;

const title = z
  .string()
  .trim()
  .min(1, "Give the article a title.")
  .max(300, "Keep the title under 300 characters.");
const shortText = (max: number, what: string) =>
  z.string().trim().max(max, `Keep the ${what} under ${max} characters.`);
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as YYYY-MM-DD.")
  .refine(isCalendarDate, "That date does not exist.")
  .or(z.literal(""));
const sourceUrl = z.union([z.literal(""), httpUrl("source URL")]);

/** A field of a new article: absent, null and "" all mean "none". */
const orNull = <T extends z.ZodType<string>>(field: T) =>
  field
    .optional()
    .nullable()
    .transform((value) => value || null);

/** A field of an edit: absent leaves it as it is; null or "" clears it. */
const change = <T extends z.ZodType<string>>(field: T) =>
  field
    .nullable()
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null))
    .optional();

/** A new article, from the import preview or the API. */
export const createArticleSchema = z.strictObject({
  title,
  byline: orNull(shortText(200, "byline")),
  dateline: orNull(shortText(200, "dateline")),
  publishedAt: orNull(calendarDate),
  sourceUrl: orNull(sourceUrl),
  text: articleText,
  /** Import even though an article with the same source URL exists. */
  allowDuplicate: z.boolean().default(false),
});
export type CreateArticleInput = z.infer<typeof createArticleSchema>;

const pageAddress = z.string().trim().min(1, "Enter the address of the article.").max(2000);

/** A new article fetched from its web address, extracted exactly as the import page does. */
export const createArticleFromUrlSchema = z.strictObject({
  url: pageAddress,
  allowDuplicate: z.boolean().default(false),
});
export type CreateArticleFromUrlInput = z.infer<typeof createArticleFromUrlSchema>;

/** `POST /articles`: a page to fetch (has `url`) or the article itself. */
export const newArticleSchema = keyedUnion("url", createArticleFromUrlSchema, createArticleSchema);

/** An edit of the article's details. `updatedAt` is the version the client read. */
export const updateArticleMetadataSchema = z
  .strictObject({
    title: title.optional(),
    byline: change(shortText(200, "byline")),
    dateline: change(shortText(200, "dateline")),
    publishedAt: change(calendarDate),
    sourceUrl: change(sourceUrl),
    updatedAt: z.iso.datetime({
      offset: true,
      error: "Send the article's updatedAt as you read it, e.g. 2025-03-14T09:30:00.000Z.",
    }),
  })
  .refine(
    ({ updatedAt: _, ...changes }) => Object.values(changes).some((value) => value !== undefined),
    "Nothing to change: send at least one of title, byline, dateline, publishedAt or sourceUrl.",
  );
export type UpdateArticleMetadataInput = z.infer<typeof updateArticleMetadataSchema>;

/** `PATCH /articles/{id}`: a new text revision (has `text`) or an edit of the details. */
export const updateArticleSchema = keyedUnion("text", reviseArticleTextSchema, updateArticleMetadataSchema);

/** What to preview: pasted text, or a URL to fetch. Files go to their own endpoint. */
export const importPreviewSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("text"),
    text: z.string().max(ARTICLE_TEXT_MAX, "That text is too long to import."),
    title: z.string().trim().max(300).optional(),
  }),
  z.strictObject({
    kind: z.literal("url"),
    url: pageAddress,
  }),
]);
export type ImportPreviewInput = z.infer<typeof importPreviewSchema>;

export const ARTICLE_PAGE_MAX = 100;

/** `GET /articles`: one page, searched, filtered and sorted (newest first by default). */
export const listArticlesQuerySchema = z
  .object({
    cursor: z
      .string()
      .max(500, "That cursor is not one this API gave out. Start again without it.")
      .optional()
      .describe("`nextCursor` from the previous page; leave it out for the first page."),
    limit: z.coerce
      .number({ error: `Give the limit as a whole number from 1 to ${ARTICLE_PAGE_MAX}.` })
      .int(`Give the limit as a whole number from 1 to ${ARTICLE_PAGE_MAX}.`)
      .min(1, `Give the limit as a whole number from 1 to ${ARTICLE_PAGE_MAX}.`)
      .max(ARTICLE_PAGE_MAX, `Ask for at most ${ARTICLE_PAGE_MAX} articles per page.`)
      .default(20)
      .describe(`Articles per page, 1–${ARTICLE_PAGE_MAX}.`),
    status: z
      .enum(articleStatuses, {
        error: `Filter by one of the article statuses: ${articleStatuses.join(", ")}.`,
      })
      .optional()
      .describe("Only articles in this status."),
    ...articleListFilterShape,
  })
  .superRefine(checkDateOrder);
export type ListArticlesQuery = z.infer<typeof listArticlesQuerySchema>;

/** `{number}` in the path: a whole number from 1. */
export const revisionNumberSchema = z.coerce
  .number({ error: "Give the revision as a whole number from 1." })
  .int("Give the revision as a whole number from 1.")
  .min(1, "Give the revision as a whole number from 1.");
