import { articleResponse } from "@/lib/api/schemas/article";
import { claimResponse } from "@/lib/api/schemas/claim";
import { articleAssignmentSchema, claimAssignmentSchema, takeClaimSchema } from "@/lib/schemas/assignment";
import type { ApiOperation } from "../operation";

const editors = "editors and admins";
const owners =
  "Owners are active reviewers or admins (the people who write verdicts); lead editors are active editors or admins.";

export const assignmentOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/claims/{id}/assignment",
    operationId: "assignClaim",
    tag: "Claims",
    summary: "Assign a claim, unassign it or set its due date",
    description:
      `Absent fields stay as they are; \`assigneeId: null\` unassigns and \`dueAt: null\` clears the date. ${owners} ` +
      "A due date is a day (YYYY-MM-DD); the claim is overdue from the next day. Send the claim's `version`.",
    allowed: editors,
    body: claimAssignmentSchema,
    responses: { 200: { description: "The claim with its assignment.", schema: claimResponse } },
    errors: [403, 404, 409, 422],
  },
  {
    method: "post",
    path: "/claims/{id}/take",
    operationId: "takeClaim",
    tag: "Claims",
    summary: "Take a claim nobody owns",
    description:
      "Assigns the claim to the caller. Refused with 409 when someone has it already (the error's `current` says who).",
    allowed: "reviewers and admins",
    body: takeClaimSchema,
    responses: { 200: { description: "The claim, now the caller's.", schema: claimResponse } },
    errors: [403, 404, 409],
  },
  {
    method: "post",
    path: "/articles/{id}/assignment",
    operationId: "assignArticle",
    tag: "Articles",
    summary: "Set an article's lead editor, assignee and due date",
    description:
      `Absent fields stay as they are; null clears. ${owners} The article's assignee is the default owner of ` +
      "its claims that have no assignee; nothing is copied onto them. Send the article's `updatedAt` as you read it.",
    allowed: editors,
    body: articleAssignmentSchema,
    responses: { 200: { description: "The article with its assignment.", schema: articleResponse } },
    errors: [403, 404, 409, 422],
  },
];
