import { commentCreatedResponse, reviewCreatedResponse, verdictResponse } from "@/lib/api/schemas/verdict";
import {
  commentSchema,
  resolveDisputeSchema,
  reviewSchema,
  reviseVerdictSchema,
  submitVerdictSchema,
  createVerdictSchema,
} from "@/lib/schemas/verdict";
import type { ApiOperation } from "../operation";

const reviewers = "reviewers and admins";

export const verdictOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/claims/{id}/verdicts",
    operationId: "createVerdict",
    tag: "Verdicts",
    summary: "Write a verdict on a claim",
    description:
      'Creates a draft verdict, or submits it for review at once with `submit: true` (which needs the minimum number of sources set by an admin). A source cited by URL before keeps its stored title and publisher. Started from a "Checked before?" match, `basedOn` names the archive entry (`GET /claims/{id}/matches`); the verdict keeps a snapshot of it, which the report shows as "based on".',
    allowed: reviewers,
    body: createVerdictSchema,
    responses: {
      201: {
        description: "The new verdict.",
        schema: verdictResponse,
        headers: { Location: "The verdict's URL." },
      },
    },
    errors: [403, 404, 409],
  },
  {
    method: "get",
    path: "/verdicts/{id}",
    operationId: "getVerdict",
    tag: "Verdicts",
    summary: "Get a verdict with its revisions, sources and reviews",
    allowed: "everyone signed in",
    responses: { 200: { description: "The verdict.", schema: verdictResponse } },
    errors: [404],
  },
  {
    method: "patch",
    path: "/verdicts/{id}",
    operationId: "reviseVerdict",
    tag: "Verdicts",
    summary: "Revise a verdict",
    description:
      "Editing a submitted verdict creates a new revision that needs new approvals; a draft is rewritten in place by its author (anyone else's edit is a new revision). Each revision names its author: an admin who edits someone's verdict is that revision's author, and may no longer review it. `baseVersion` is the verdict's `lockVersion` you read: if someone changed it since, the answer is 409 with the current state.",
    allowed: "the verdict's author (reviewers and admins)",
    body: reviseVerdictSchema,
    responses: { 200: { description: "The verdict after the change.", schema: verdictResponse } },
    errors: [403, 404, 409],
  },
  {
    method: "post",
    path: "/verdicts/{id}/submission",
    operationId: "submitVerdict",
    tag: "Verdicts",
    summary: "Submit a draft verdict for review",
    allowed: "the verdict's author",
    body: submitVerdictSchema,
    responses: { 204: { description: "Submitted." } },
    errors: [403, 404, 409],
  },
  {
    method: "post",
    path: "/verdicts/{id}/reviews",
    operationId: "reviewVerdict",
    tag: "Verdicts",
    summary: "Approve a verdict or request changes",
    description:
      "A review applies to one revision: send the verdict's `currentVersion` as `version`. If the author revised it since, the answer is 409. Approving again a revision you have already approved is 409 too (your latest review of it counts; requesting changes after approving withdraws the approval, and you may then approve again). Requesting changes needs a comment. Nobody reviews a verdict they wrote any revision of (403).",
    allowed: `${reviewers}, never anyone who wrote a revision of the verdict`,
    body: reviewSchema,
    responses: {
      201: {
        description: "The review, and the verdict's review state after it.",
        schema: reviewCreatedResponse,
        headers: { Location: "The verdict's URL, with the review as fragment." },
      },
    },
    errors: [403, 404, 409],
  },
  {
    method: "post",
    path: "/claims/{id}/resolution",
    operationId: "resolveDispute",
    tag: "Verdicts",
    summary: "Resolve a disputed claim",
    description: "Keeps one verdict; the others are closed with the reason.",
    allowed: "editors and admins",
    body: resolveDisputeSchema,
    responses: { 204: { description: "Resolved." } },
    errors: [403, 404, 409],
  },
  {
    method: "post",
    path: "/claims/{id}/comments",
    operationId: "addComment",
    tag: "Claims",
    summary: "Comment on a claim",
    allowed: "editors, reviewers and admins",
    body: commentSchema,
    responses: {
      201: {
        description: "The new comment's id.",
        schema: commentCreatedResponse,
        headers: { Location: "The claim's URL, with the comment as fragment." },
      },
    },
    errors: [403, 404],
  },
];
