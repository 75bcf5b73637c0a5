import { admins } from "../access";
import type { Scenario } from "../types";

/** The fact-check archive: only admins bring other publishers' fact-checks in. */
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
];
