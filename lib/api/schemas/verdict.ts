import { z } from "zod";
import { dateTime, nullableDateTime } from "./common";

const sourceResource = z.object({
  url: z.string(),
  domain: z.string().nullable(),
  title: z.string(),
  publisher: z.string(),
  excerpt: z.string().nullable(),
  accessedAt: dateTime.nullable(),
  archiveUrl: z.string().nullable(),
});

export const reviewResource = z
  .object({
    id: z.string(),
    reviewerId: z.string(),
    reviewerName: z.string(),
    decision: z.enum(["approve", "request_changes"]),
    comment: z.string().nullable(),
    createdAt: dateTime,
  })
  .meta({ id: "Review" });

const revisionResource = z.object({
  version: z.number().int(),
  authorId: z
    .string()
    .describe("Who wrote this revision: the verdict's author, or whoever edited their verdict."),
  authorName: z.string(),
  rating: z.object({
    key: z.string(),
    label: z.string(),
    shortCode: z.string(),
    color: z.string(),
    retired: z.boolean(),
  }),
  summary: z.string(),
  rationale: z.string().describe("Markdown, as written."),
  rationaleHtml: z.string().describe("The rationale rendered and sanitized: safe to insert as HTML."),
  sources: z.array(sourceResource),
  reviews: z.array(reviewResource),
  createdAt: dateTime,
  submittedAt: nullableDateTime,
});

const verdictBasisResource = z
  .object({
    entryId: z.string().describe("The archive entry the verdict was started from: claim:… or fact-check:…."),
    statement: z.string(),
    ratingLabel: z.string().describe("The rating as its publisher gave it."),
    publisher: z.string(),
    url: z
      .string()
      .nullable()
      .describe(
        "Where to read it: an absolute address, or a path on this site for the newsroom's own report.",
      ),
    publishedAt: z.string().nullable().describe("YYYY-MM-DD."),
  })
  .meta({ id: "VerdictBasis" });

export const verdictResource = z
  .object({
    id: z.string(),
    authorId: z.string(),
    authorName: z.string(),
    state: z.enum(["draft", "submitted", "closed"]),
    currentVersion: z
      .number()
      .int()
      .describe("The revision reviews apply to: send it as `version` when reviewing."),
    lockVersion: z
      .number()
      .int()
      .describe("Optimistic lock: send it as `baseVersion` when revising or submitting."),
    closedReason: z.string().nullable(),
    review: z.object({
      approvals: z.number().int(),
      changesRequested: z.boolean(),
      approved: z.boolean(),
    }),
    basedOn: verdictBasisResource
      .nullable()
      .describe(
        'The earlier fact-check the verdict was started from, as it stood then (a "Checked before?" match).',
      ),
    revisions: z.array(revisionResource).describe("Newest first; the first is the current revision."),
  })
  .meta({ id: "Verdict" });

export const verdictResponse = z.object({ verdict: verdictResource });
export const reviewCreatedResponse = z.object({
  review: z.object({ id: z.string() }),
  verdict: verdictResource,
});
export const commentCreatedResponse = z.object({ comment: z.object({ id: z.string() }) });
