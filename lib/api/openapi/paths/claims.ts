import { claimDetailResponse, claimListResponse, claimResponse } from "@/lib/api/schemas/claim";
import {
  createClaimSchema,
  deleteClaimQuerySchema,
  listClaimsQuerySchema,
  updateClaimSchema,
} from "@/lib/schemas/claim";
import type { ApiOperation } from "../operation";

const tag = "Claims";
const editors = "editors and admins";

export const claimOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/articles/{id}/claims",
    operationId: "listClaims",
    tag,
    summary: "List an article's claims",
    description:
      "In text order, each with its derived review status and the verdict that decides it. Filter by " +
      "`status`, and by `rating`: the rating key of the claim's current verdict, approved or still in review " +
      "(combine with `status=approved` for approved ratings only); and by `claimant`, the whole name ignoring " +
      "case and extra spaces; and by `assignee`, a user id (the claim's own assignee, not the article's) or " +
      "`none` for claims without one. Filters combine. An unknown rating key answers 422; an unknown user id " +
      "lists nothing.",
    allowed: "everyone signed in",
    query: listClaimsQuerySchema,
    responses: { 200: { description: "The claims.", schema: claimListResponse } },
    errors: [404, 422],
  },
  {
    method: "post",
    path: "/articles/{id}/claims",
    operationId: "createClaim",
    tag,
    summary: "Mark a claim",
    description:
      "Place the claim with a `selector` on the article's current text: a quote `{ exact, prefix?, suffix? }` " +
      "(found verbatim; `prefix` must end right before it and `suffix` start right after it, W3C " +
      "TextQuoteSelector style; 422 when it is not there or still appears more than once) or a position " +
      "`{ start, end }` (UTF-16 offsets). Neither is snapped to whole words the way a selection in the web app " +
      "is: you get exactly the characters you name. The web app sends `span` instead: a position on the " +
      "revision it showed (409 if the text has changed since) with the `exact` text it saw. `statement` " +
      "defaults to the quoted text.",
    allowed: editors,
    body: createClaimSchema,
    responses: {
      201: {
        description: "The new claim.",
        schema: claimResponse,
        headers: { Location: "The claim's URL, /api/v1/claims/{id}." },
      },
    },
    errors: [403, 404, 409],
  },
  {
    method: "get",
    path: "/claims/{id}",
    operationId: "getClaim",
    tag,
    summary: "Get a claim with its verdicts, comments and timeline",
    allowed: "everyone signed in",
    responses: {
      200: { description: "The claim and everything its page shows.", schema: claimDetailResponse },
    },
    errors: [404],
  },
  {
    method: "patch",
    path: "/claims/{id}",
    operationId: "updateClaim",
    tag,
    summary: "Edit, move, dismiss or restore a claim",
    description:
      "`version` is the claim's version as you read it: if someone changed the claim since, nothing is " +
      "written and the answer is 409 with the current claim in `details.current`. Move it with a `selector` " +
      "on the current text (as when marking one) or a `span`; moving an orphaned claim re-attaches it.",
    allowed: editors,
    body: updateClaimSchema,
    responses: { 200: { description: "The claim after the change.", schema: claimResponse } },
    errors: [403, 404, 409],
  },
  {
    method: "delete",
    path: "/claims/{id}",
    operationId: "deleteClaim",
    tag,
    summary: "Delete a claim",
    description:
      "A claim with verdicts is deleted only with `?withVerdicts=true` (else 409 with `verdictCount`); its " +
      "verdicts, reviews and comments go with it. The audit trail keeps a snapshot.",
    allowed: editors,
    query: deleteClaimQuerySchema,
    responses: { 204: { description: "Deleted." } },
    errors: [403, 404, 409, 422],
  },
];
