import { z } from "zod";
import { claimResource } from "./claim";

const suggestionLabels = [
  "very likely check-worthy",
  "likely check-worthy",
  "possibly check-worthy",
  "unlikely check-worthy",
] as const;

const suggestionSentence = z
  .object({
    n: z
      .number()
      .int()
      .min(1)
      .describe("The sentence's place in the article, from 1; used in the rejection path."),
    start: z
      .number()
      .int()
      .min(0)
      .describe("Offset of the sentence's first character in the revision's text."),
    end: z.number().int().min(0).describe("Offset just past its last character."),
    text: z.string(),
    score: z.number().min(0).max(1).describe("Check-worthiness from 0 to 1, to four decimals."),
    label: z.enum(suggestionLabels).describe("The score in words, in bands around the threshold."),
    suggested: z.boolean().describe("The score reaches the threshold."),
    rejected: z.boolean().describe("An editor rejected it at this revision."),
    claimed: z.boolean().describe("It overlaps a claim anchored at this revision."),
  })
  .meta({ id: "SuggestionSentence" });

export const suggestionListResponse = z.object({
  articleId: z.string(),
  revision: z.number().int().min(1).describe("The current revision, which the offsets index."),
  threshold: z.number().min(0).max(1),
  sentences: z.array(suggestionSentence).describe("Every sentence of the current text, in order."),
});
export type SuggestionListResponse = z.infer<typeof suggestionListResponse>;

export const suggestionResponse = z.object({
  articleId: z.string(),
  revision: z.number().int().min(1),
  sentence: suggestionSentence,
});
export type SuggestionResponse = z.infer<typeof suggestionResponse>;

export const acceptSuggestionsResponse = z.object({
  articleId: z.string(),
  revision: z.number().int().min(1).describe("The revision the claims were marked on."),
  created: z.number().int().min(0).describe("How many claims were created: 0 when no suggestion matched."),
  claims: z.array(claimResource).describe("The new claims, in text order."),
});
export type AcceptSuggestionsResponse = z.infer<typeof acceptSuggestionsResponse>;
