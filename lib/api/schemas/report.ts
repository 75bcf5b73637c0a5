import { z } from "zod";
import { dateTime } from "./common";

export const publicationResponse = z.object({
  publication: z.object({
    version: z.number().int(),
    publishedAt: dateTime,
    url: z.string().nullable().describe("The public, sign-in-free address of the report."),
  }),
});

export const annotationImportResponse = z.object({
  outcome: z.object({
    created: z.array(z.object({ id: z.string(), exact: z.string() })),
    unanchored: z
      .array(z.object({ exact: z.string(), reason: z.string() }))
      .describe("Annotations that could not be placed in the text: reported, never dropped silently."),
    errors: z.array(z.string()).describe("Parts of the document that were not valid Web Annotations."),
  }),
});

export const importPreviewResponse = z.object({
  preview: z.object({
    article: z.object({
      title: z.string(),
      byline: z.string().nullable(),
      dateline: z.string().nullable(),
      publishedAt: z.string().nullable(),
      sourceUrl: z.string().nullable(),
      siteName: z.string().nullable(),
      paragraphs: z.array(z.string()),
      format: z.string(),
      warnings: z.array(z.string()),
      text: z.string(),
    }),
    duplicate: z.object({ id: z.string(), title: z.string() }).nullable(),
  }),
});
