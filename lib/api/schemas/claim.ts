import { z } from "zod";
import { claimTypes } from "@/lib/claims/claim-types";
import { claimStatuses } from "@/lib/review/claim-status";
import { dateTime } from "./common";
import { verdictResource } from "./verdict";

const offset = z.number().int().min(0);

/** Where a claim sits in its article's text, as W3C TextQuote + TextPosition selectors. */
export const claimSelectorResource = z
  .object({
    exact: z.string().describe("The quoted text."),
    prefix: z.string().describe("Up to 32 characters just before the quote."),
    suffix: z.string().describe("Up to 32 characters just after the quote."),
    start: offset.describe("UTF-16 offset of the quote's first character in the text of `anchoredRevision`."),
    end: offset.describe("UTF-16 offset just past the quote's last character."),
  })
  .meta({ id: "ClaimSelector" });

export const ratingBadge = z.object({
  key: z.string(),
  label: z.string(),
  shortCode: z.string(),
  color: z.string(),
  approved: z.boolean().describe("True for an approved verdict's rating; false for a proposed one."),
});

/** The verdict that decides the claim's status now. */
export const currentVerdictResource = z
  .object({
    id: z.string(),
    state: z.enum(["draft", "submitted", "closed"]).describe("Only submitted verdicts decide a status."),
    version: z.number().int().min(1).describe("Its current revision."),
    rating: z.object({ key: z.string(), label: z.string() }),
    summary: z.string(),
    review: z.object({
      approvals: z.number().int().min(0),
      changesRequested: z.boolean(),
      approved: z.boolean(),
    }),
  })
  .meta({ id: "CurrentVerdict" });

/** A claim marked in an article, with its derived review status. */
export const claimResource = z
  .object({
    id: z.string(),
    articleId: z.string(),
    selector: claimSelectorResource,
    anchoredRevision: z.number().int().min(1).describe("The article revision the selector refers to."),
    anchorState: z
      .enum(["anchored", "orphaned"])
      .describe(
        "orphaned: a text revision moved the quote beyond confident re-anchoring; it needs placing by hand.",
      ),
    statement: z.string().describe("The claim in checkable words."),
    claimant: z.string().nullable(),
    type: z.enum(claimTypes),
    status: z.enum(claimStatuses),
    dismissedReason: z
      .string()
      .nullable()
      .describe("Why it was dismissed; null unless the status is dismissed."),
    version: z
      .number()
      .int()
      .min(1)
      .describe("Optimistic lock: send it as `version` when changing the claim."),
    verdictCount: z
      .number()
      .int()
      .min(0)
      .describe("Verdicts of any state; deleting a claim with verdicts needs `?withVerdicts=true`."),
    ratings: z
      .array(ratingBadge)
      .describe(
        "Ratings shown beside the claim: the approved one, or every one proposed (two or more: disputed).",
      ),
    currentVerdict: currentVerdictResource
      .nullable()
      .describe(
        "The verdict deciding the status: the approved one, the one sent back, or the one in review. Null when " +
          "no verdict is submitted, when the claim is dismissed, and when verdicts disagree (disputed).",
      ),
    assignee: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .describe(
        "The reviewer who owns the claim; null when nobody does (the article's assignee is the default owner).",
      ),
    dueAt: z.iso
      .date()
      .nullable()
      .describe("The day the claim is due (YYYY-MM-DD); overdue from the next day."),
    commentCount: z.number().int().min(0).describe("Comments in the claim's discussion."),
    suggestionScore: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe(
        "Set when the claim was accepted from a check-worthiness suggestion: that sentence's score. Null when marked by hand.",
      ),
  })
  .meta({ id: "Claim" });
export type ClaimResource = z.infer<typeof claimResource>;

export const claimListResponse = z.object({
  claims: z.array(claimResource).describe("In text order: by start, longer (enclosing) claims first."),
});

export const claimResponse = z.object({ claim: claimResource });

/** A claim with everything its page shows. */
export const claimDetailResponse = z
  .object({
    claim: claimResource,
    article: z.object({ id: z.string(), title: z.string() }),
    verdicts: z.array(verdictResource).describe("Oldest first."),
    comments: z
      .array(z.object({ id: z.string(), authorName: z.string(), body: z.string(), createdAt: dateTime }))
      .describe("The discussion, oldest first."),
    timeline: z
      .array(
        z.object({
          id: z.string(),
          at: dateTime,
          kind: z.string().describe('The step: "marked", "submitted", "approved", "changes requested"…'),
          text: z.string().describe("The step in a sentence."),
        }),
      )
      .describe("What happened to the claim, oldest first, from the audit trail."),
    rules: z
      .object({ approvalThreshold: z.number().int().min(1), minSourcesToSubmit: z.number().int().min(0) })
      .describe("The review settings the status is derived with."),
  })
  .meta({ id: "ClaimDetail" });
