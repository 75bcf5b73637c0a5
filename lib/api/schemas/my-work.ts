import { z } from "zod";
import { claimStatuses } from "@/lib/review/claim-status";
import { articleSummaryResource } from "./article";
import { ratingBadge } from "./claim";

const claimItem = z.object({
  claimId: z.string(),
  statement: z.string(),
  article: z.object({ id: z.string(), title: z.string() }),
  status: z.enum(claimStatuses),
  ratings: z.array(ratingBadge),
});

const queue = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item).describe("The first `limit` items, oldest article first."),
    total: z.number().int().min(0).describe("How many the queue holds in all."),
  });

const claimQueue = queue(claimItem);

export const myWorkResponse = z
  .object({
    review: z
      .object({
        awaitingReview: claimQueue.describe("Others' submitted verdicts you have not reviewed yet."),
        changesRequested: claimQueue.describe("Your verdicts that reviewers sent back."),
        drafts: claimQueue.describe("Your verdicts not submitted yet."),
      })
      .nullable()
      .describe("Reviewers and admins; null for other roles."),
    editing: z
      .object({
        needsVerdict: claimQueue.describe("Claims nobody has written a verdict on."),
        disputed: claimQueue.describe("Claims whose verdicts disagree: pick the one that stands."),
        readyToPublish: queue(
          z.object({ articleId: z.string(), title: z.string(), summary: articleSummaryResource }),
        ).describe("Articles whose every claim is done."),
      })
      .nullable()
      .describe("Editors and admins; null for other roles."),
    actionCount: z
      .number()
      .int()
      .min(0)
      .describe("Items needing your action: the number in the app's header."),
  })
  .meta({ id: "MyWork" });
