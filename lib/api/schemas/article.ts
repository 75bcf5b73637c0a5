import { z } from "zod";
import { articleStatuses } from "@/lib/review/article-status";
import { claimStatuses } from "@/lib/review/claim-status";
import { dateTime } from "./common";

const count = z.number().int().min(0);
const person = z.object({ id: z.string(), name: z.string() });

/** The claims of an article rolled up (lib/review/article-summary.ts). */
export const articleSummaryResource = z
  .object({
    total: count.describe("Claims marked, dismissed ones included."),
    counts: z.record(z.enum(claimStatuses), count).describe("How many claims are in each status."),
    byRating: z
      .record(z.string(), count)
      .describe("Rating key → number of approved claims with that rating."),
    percentDone: z
      .number()
      .int()
      .min(0)
      .max(100)
      .describe("(approved + dismissed) / total, rounded down: 100 means every claim is done."),
    readyToPublish: z
      .boolean()
      .describe("True when there are claims and every one not dismissed is approved."),
    approvedShare: z
      .number()
      .min(0)
      .max(1)
      .describe("approved / (total − dismissed); 0 when nothing is left."),
  })
  .meta({ id: "ArticleSummary" });

/** An article as lists show it: its details, where it stands and its claims' progress. */
export const articleListItemResource = z
  .object({
    id: z.string(),
    title: z.string(),
    byline: z.string().nullable(),
    dateline: z.string().nullable(),
    publishedAt: z.iso.date().nullable().describe("When the article itself was published (YYYY-MM-DD)."),
    sourceUrl: z.string().nullable(),
    revision: z
      .number()
      .int()
      .min(1)
      .describe("Number of the current text revision: send it as `baseRevision`."),
    createdAt: dateTime,
    updatedAt: dateTime.describe(
      "The article's version: send it back as `updatedAt` when editing its details.",
    ),
    status: z
      .enum(articleStatuses)
      .describe(
        "unchecked: no claims marked; disputed: a claim's verdicts disagree; ready_to_publish: every claim " +
          "not dismissed is approved; in_progress: anything else.",
      ),
    summary: articleSummaryResource,
    leadEditor: person.nullable().describe("The editor or admin who leads the check."),
    assignee: person
      .nullable()
      .describe("The reviewer who owns the whole article: the default owner of its claims that have none."),
    dueAt: z.iso.date().nullable().describe("The day the check is due (YYYY-MM-DD)."),
  })
  .meta({ id: "ArticleListItem" });
export type ArticleListItem = z.infer<typeof articleListItemResource>;

/** One article with the canonical text of its current revision. */
export const articleResource = articleListItemResource
  .extend({
    text: z
      .string()
      .describe(
        "Canonical plain text of the current revision: paragraphs joined by a blank line. Claim offsets are " +
          "UTF-16 code units into it.",
      ),
  })
  .meta({ id: "Article" });
export type ArticleResource = z.infer<typeof articleResource>;

export const articleListResponse = z.object({
  articles: z.array(articleListItemResource).describe("Newest first (by createdAt, then id)."),
  nextCursor: z.string().nullable().describe("Pass as `?cursor=` for the next page; null on the last page."),
});

export const articleResponse = z.object({ article: articleResource });

/** What a new text revision did to the claims. */
export const revisionOutcomeResource = z
  .object({
    revision: z.number().int().min(1).describe("The new revision's number."),
    anchored: z
      .object({ unchanged: count, mapped: count, searched: count, fuzzy: count })
      .describe("How many claims were placed on the new text by each method."),
    orphaned: z
      .array(z.object({ id: z.string(), statement: z.string(), reason: z.string() }))
      .describe("Claims that could not be placed with confidence: they need re-anchoring by hand."),
  })
  .meta({ id: "RevisionOutcome" });

export const articleUpdatedResponse = z.union([
  articleResponse.describe("After an edit of the details."),
  z.object({ outcome: revisionOutcomeResource }).describe("After a new text revision."),
]);
