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
