import { suggestionListResponse, suggestionResponse } from "@/lib/api/schemas/suggestion";
import { rejectSuggestionSchema } from "@/lib/schemas/suggestion";
import type { ApiOperation } from "../operation";

export const suggestionOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/articles/{id}/suggestions",
    operationId: "listSuggestions",
    tag: "Articles",
    summary: "The article's sentences scored for check-worthiness",
    description:
      "Every sentence of the current revision, in order, with its offsets into that revision's text, a score from 0 " +
      "to 1 and the score in words. Sentences at or above `threshold` are `suggested` as claims. Scores are stored " +
      "with each revision; `rejected` and `claimed` are per revision too, so a new revision starts without rejections.",
    allowed: "everyone signed in",
    responses: { 200: { description: "The scored sentences.", schema: suggestionListResponse } },
    errors: [404],
  },
  {
    method: "post",
    path: "/articles/{id}/suggestions/{n}/rejection",
    operationId: "rejectSuggestion",
    tag: "Articles",
    summary: "Reject a suggested sentence",
    description:
      "Remembers that sentence `n` (from 1) of the given revision is not a claim. Send the `revision` you read the " +
      "suggestions at: 409 when the text has moved on. Rejecting one already rejected changes nothing and answers " +
      "the same. Neither the text nor any claim changes.",
    allowed: "editors and admins",
    body: rejectSuggestionSchema,
    responses: { 200: { description: "The sentence, now rejected.", schema: suggestionResponse } },
    errors: [403, 404, 409, 422],
  },
];
