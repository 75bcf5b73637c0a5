import { z } from "zod";

const wholeNumber = "Give the sentence as a whole number from 1.";

/** The `{n}` of `/articles/{id}/suggestions/{n}`: the sentence's place in the article, from 1. */
export const sentenceNumberSchema = z.coerce
  .number({ error: wholeNumber })
  .int(wholeNumber)
  .min(1, wholeNumber);

/** `POST /articles/{id}/suggestions/{n}/rejection`: the revision the caller read the suggestion at. */
export const rejectSuggestionSchema = z.strictObject({
  revision: z
    .number({ error: "Send the article revision you read the suggestion at as `revision`." })
    .int()
    .min(1, "Send the article revision you read the suggestion at as `revision`."),
});
export type RejectSuggestionInput = z.infer<typeof rejectSuggestionSchema>;

/** More claims than this from one "accept all" is a score set too low, not a decision. */
export const ACCEPT_ALL_MAX = 300;

/** `POST /articles/{id}/suggestions/acceptance`: accept every open suggestion scoring at least `minScore`. */
export const acceptSuggestionsSchema = z.strictObject({
  revision: z
    .number({ error: "Send the article revision you read the suggestions at as `revision`." })
    .int("Send the article revision you read the suggestions at as `revision`.")
    .min(1, "Send the article revision you read the suggestions at as `revision`."),
  minScore: z
    .number({ error: "Give the lowest score to accept as `minScore`, a number from 0 to 1." })
    .min(0, "Give `minScore` as a number from 0 to 1.")
    .max(1, "Give `minScore` as a number from 0 to 1."),
});
export type AcceptSuggestionsInput = z.infer<typeof acceptSuggestionsSchema>;
