import {
  acceptSuggestionsResponse,
  suggestionListResponse,
  suggestionResponse,
} from "@/lib/api/schemas/suggestion";
import { ACCEPT_ALL_MAX, acceptSuggestionsSchema, rejectSuggestionSchema } from "@/lib/schemas/suggestion";
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
  {
    method: "post",
    path: "/articles/{id}/suggestions/acceptance",
    operationId: "acceptSuggestions",
    tag: "Articles",
    summary: "Accept every suggestion scoring at least minScore",
    description:
      "Marks a claim on each sentence of the given revision that is `suggested` (at or above the threshold setting), " +
      "scores at least `minScore`, is not `rejected` and is not `claimed`: the sentence is the claim's text and " +
      "statement (cut at a word with … past the statement limit), its type `other`, no claimant, and its stored " +
      "score is the claim's `suggestionScore`. All in one transaction. Send the `revision` you read the suggestions " +
      `at: 409 when the text has moved on. More than ${ACCEPT_ALL_MAX} claims at once is refused (422; raise ` +
      "`minScore`); none matching answers `created: 0`.",
    allowed: "editors and admins",
    body: acceptSuggestionsSchema,
    responses: { 200: { description: "The claims created.", schema: acceptSuggestionsResponse } },
    errors: [403, 404, 409, 422],
  },
  {
    method: "get",
    path: "/suggestions/feedback",
    operationId: "exportSuggestionFeedback",
    tag: "Articles",
    summary: "Editors' choices as check-worthiness training data",
    description:
      "Every article's labelled sentences in the training file's format: a TSV with the header " +
      "`Sentence_id<TAB>Text<TAB>class_label`, no quoting. `Yes` for each sentence (at the claim's revision) a claim " +
      "that is not dismissed overlaps, whether accepted from a suggestion or marked by hand; `No` for each rejected " +
      "suggestion, unless a claim makes it `Yes`. Ids are `{articleId}-r{revision}-{start}`. Retrain with " +
      "`npm run train:check-worthiness -- --extra FILE`.",
    allowed: "editors and admins",
    responses: {
      200: {
        description: "The TSV file, as an attachment.",
        contentType: "text/tab-separated-values",
        headers: { "Content-Disposition": "attachment; filename=check-worthiness-feedback-YYYY-MM-DD.tsv" },
      },
    },
    errors: [403],
  },
];
