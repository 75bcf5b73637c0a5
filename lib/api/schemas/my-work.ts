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

const assignedClaimItem = claimItem.extend({
  dueAt: z.iso.date().nullable().describe("The claim's due day, or its article's when the claim has none."),
  overdue: z.boolean().describe("True from the day after the due day (UTC)."),
  via: z
    .enum(["claim", "article"])
    .describe("article: yours because its article is assigned to you and the claim has no assignee."),
});

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
    assignments: z
      .object({
        assignedToYou: queue(assignedClaimItem).describe(
          "Open claims you own, or whose article you own: overdue first, then by due day, undated last, oldest first.",
        ),
        notTaken: claimQueue.describe("Claims waiting for a verdict that nobody owns: take one."),
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
