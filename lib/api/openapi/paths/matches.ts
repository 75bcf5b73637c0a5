import { archiveSearchResponse, claimMatchesResponse, matchDismissalResponse } from "@/lib/api/schemas/match";
import { archiveSearchQuerySchema, dismissMatchSchema } from "@/lib/schemas/matches";
import type { ApiOperation } from "../operation";

export const matchOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/claims/{id}/matches",
    operationId: "getClaimMatches",
    tag: "Archive",
    summary: "Checked before? The claim's likely matches in the fact-check archive",
    description:
      "The newsroom's approved claims and the imported fact-checks most likely to be this claim repeated, best first, " +
      "with a score from 0 to 1 and that score in words. Found in the background when the claim is marked or its " +
      "statement edited; searched at once here when that has not happened yet. Dismissed matches are left out.",
    allowed: "everyone signed in",
    responses: { 200: { description: "The matches.", schema: claimMatchesResponse } },
    errors: [404],
  },
  {
    method: "post",
    path: "/claims/{id}/match-dismissals",
    operationId: "dismissMatch",
    tag: "Archive",
    summary: "Dismiss a match as unrelated to the claim",
    description:
      "The entry is never listed for this claim again. Dismissing one already dismissed answers with the first dismissal.",
    allowed: "reviewers and admins",
    body: dismissMatchSchema,
    responses: { 201: { description: "The dismissal.", schema: matchDismissalResponse } },
    errors: [403, 404],
  },
  {
    method: "get",
    path: "/archive/search",
    operationId: "searchArchive",
    tag: "Archive",
    summary: "Search the fact-check archive",
    description:
      "The same matching as a claim's matches, for words a reviewer types; every result shown, best first.",
    allowed: "everyone signed in",
    query: archiveSearchQuerySchema,
    responses: { 200: { description: "The results.", schema: archiveSearchResponse } },
    errors: [],
  },
];
