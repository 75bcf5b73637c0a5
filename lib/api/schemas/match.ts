import { z } from "zod";
import { dateTime } from "./common";

export const claimMatchResource = z
  .object({
    id: z
      .string()
      .describe("The archive entry: claim:… (the newsroom's own approved claim) or fact-check:… (imported)."),
    kind: z.enum(["claim", "fact-check"]),
    statement: z.string(),
    rating: z.object({
      label: z.string().describe("As its publisher gave it."),
      key: z
        .string()
        .nullable()
        .describe("The newsroom's rating key, for its own claims; null for imported ones."),
      shortCode: z.string().nullable(),
      color: z.string().nullable(),
    }),
    publisher: z.string(),
    date: z.string().nullable().describe("YYYY-MM-DD: when it was approved or published."),
    url: z.string().nullable().describe("Where to read it: an absolute address, or a path on this site."),
    claimPath: z.string().nullable().describe("The claim's page in the app, for the newsroom's own claims."),
    articleTitle: z.string().nullable(),
    score: z.number().min(0).max(1).describe("How likely it is the same claim, from 0 to 1."),
    relevance: z.string().describe('The score in words, e.g. "very likely the same claim".'),
  })
  .meta({ id: "ClaimMatch" });

export const claimMatchesResponse = z.object({
  matches: z.array(claimMatchResource).describe("Best first; dismissed entries left out."),
  pending: z.boolean().describe("True while the search for the claim's current words has not run yet."),
});

export const archiveSearchResponse = z.object({ matches: z.array(claimMatchResource) });

export const matchDismissalResponse = z.object({
  dismissal: z.object({ entryId: z.string(), createdAt: dateTime }),
});
