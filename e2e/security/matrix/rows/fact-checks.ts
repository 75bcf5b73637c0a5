import { admins, everyone, reviewers } from "../access";
import { createArticle } from "../fixtures";
import type { Scenario } from "../types";

/**
 * The fact-check archive: only admins bring other publishers' fact-checks in;
 * everyone reads a claim's matches and searches; reviewers dismiss a match.
 */
export const factCheckRows: Scenario[] = [
  {
    operationId: "importFactChecks",
    who: admins,
    success: 200,
    prepare: ({ unique }) => ({
      json: {
        json: {
          "@context": "https://schema.org",
          "@type": "ClaimReview",
          url: `https://checks.example/matrix/${unique}`,
          claimReviewed: "The permission matrix made this claim.",
          author: { "@type": "Organization", name: "Matrix Checks" },
          reviewRating: { "@type": "Rating", alternateName: "False" },
        },
      },
    }),
  },
  {
    operationId: "getClaimMatches",
    who: everyone,
    success: 200,
    prepare: ({ shared }) => ({ params: { id: shared.claimId } }),
  },
  {
    operationId: "searchArchive",
    who: everyone,
    success: 200,
    prepare: () => ({ query: { q: "The council built 300 homes." } }),
  },
  {
    operationId: "dismissMatch",
    who: reviewers,
    success: 201,
    prepare: async ({ tx, demo, unique }) => {
      const article = await createArticle(tx, { editorId: demo.editor, claims: 1, unique });
      return {
        params: { id: article.claimIds[0]! },
        json: { entryId: `fact-check:matrix${unique.replace(/\W/g, "")}` },
      };
    },
  },
];
