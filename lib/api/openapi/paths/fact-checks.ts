import { factCheckImportResponse } from "@/lib/api/schemas/fact-check";
import { importFactChecksSchema } from "@/lib/schemas/fact-check-import";
import type { ApiOperation } from "../operation";

export const factCheckOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/fact-checks/imports",
    operationId: "importFactChecks",
    tag: "Archive",
    summary: "Import published fact-checks (ClaimReview) into the archive",
    description:
      "Send `json`: ClaimReview JSON-LD (an object, an array, a `@graph`, a schema.org DataFeed), a JSON Feed whose " +
      "items carry `_claimreview`, or the Fact Check Tools API's `claims`; or send `url`: a fact-check page (its " +
      "JSON-LD is read) or a JSON feed, fetched with the same address policy and limits as article imports. Each " +
      "fact-check needs a url, claimReviewed and reviewRating.alternateName (or name); the publisher is its author, " +
      "else its publisher, else the site it was fetched from. Fact-checks are keyed by url (fragment dropped): a " +
      "re-import updates, never duplicates. The ones skipped are listed in `problems`; nothing usable is a 422 and " +
      "writes nothing. Imported fact-checks are read-only.",
    allowed: "admins",
    body: importFactChecksSchema,
    responses: { 200: { description: "What the import did.", schema: factCheckImportResponse } },
    errors: [403, 503],
  },
];
