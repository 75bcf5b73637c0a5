import { z } from "zod";
import { isCalendarDate } from "@/lib/import/calendar-date";

/** A due date is a day (YYYY-MM-DD); null clears it. */
const dueDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the due date as YYYY-MM-DD.")
  .refine(isCalendarDate, "That date does not exist.")
  .nullable();
const userId = z.string().trim().min(1, "Choose a person.").max(100).nullable();
const version = z
  .number({ error: "Send the claim's version as you read it." })
  .int()
  .min(1, "Send the claim's version as you read it.");

/** `POST /claims/{id}/assignment`: absent fields stay as they are; null clears. */
export const claimAssignmentSchema = z
  .strictObject({ version, assigneeId: userId.optional(), dueAt: dueDay.optional() })
  .refine(
    (input) => input.assigneeId !== undefined || input.dueAt !== undefined,
    "Nothing to change: send assigneeId, dueAt or both.",
  );
export type ClaimAssignmentInput = z.infer<typeof claimAssignmentSchema>;

/** `POST /claims/{id}/take`: the version is optional; the claim must still have no assignee. */
export const takeClaimSchema = z.strictObject({ version: version.optional() });
export type TakeClaimInput = z.infer<typeof takeClaimSchema>;

/** `POST /articles/{id}/assignment`. `updatedAt` is the version of the article the client read. */
export const articleAssignmentSchema = z
  .strictObject({
    updatedAt: z.iso.datetime({
      offset: true,
      error: "Send the article's updatedAt as you read it, e.g. 2025-03-14T09:30:00.000Z.",
    }),
    leadEditorId: userId.optional(),
    assigneeId: userId.optional(),
    dueAt: dueDay.optional(),
  })
  .refine(
    ({ updatedAt: _, ...changes }) => Object.values(changes).some((value) => value !== undefined),
    "Nothing to change: send leadEditorId, assigneeId, dueAt or several.",
  );
export type ArticleAssignmentInput = z.infer<typeof articleAssignmentSchema>;
