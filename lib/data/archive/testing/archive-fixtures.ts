import { actor } from "@/lib/data/testing/test-helpers";
import { content, lockOf, newClaim } from "@/lib/data/verdicts/verdict-test-fixtures";

/*
 * Fixtures for tests of the fact-check archive: an approved claim and an
 * imported ClaimReview. The modules that need the database are imported
 * lazily, so a test file can call createTempDatabase() first.
 */

export const HONEY_BEES_URL = "https://checks.example/honey-bees";

/** Another publisher's ClaimReview, as a file or page would hold it. */
export const honeyBeesReview = (over: Record<string, unknown> = {}) => ({
  "@type": "ClaimReview",
  url: HONEY_BEES_URL,
  claimReviewed: "Honey bees have been declared an endangered species.",
  author: { "@type": "Organization", name: "Other Checks" },
  reviewRating: { "@type": "Rating", alternateName: "False" },
  ...over,
});

/** Imports the honey-bee fact-check (with any fields changed) as the demo admin; returns its row. */
export async function importHoneyBees(over: Record<string, unknown> = {}) {
  const { db } = await import("@/lib/db/client");
  const { importFactChecks } = await import("@/lib/data/archive/import-fact-checks");
  await importFactChecks(await actor("admin@example.com"), { json: honeyBeesReview(over) });
  const url = typeof over.url === "string" ? over.url : HONEY_BEES_URL;
  return db.importedFactCheck.findUniqueOrThrow({ where: { url } });
}

/** A new claim ("5,000 troops were sent.") with a verdict one reviewer wrote and another approved. */
export async function newApprovedClaim(): Promise<{ claimId: string; verdictId: string }> {
  const { createVerdict } = await import("@/lib/data/verdicts/create-verdict");
  const { reviewVerdict } = await import("@/lib/data/verdicts/review-verdict");
  const claimId = await newClaim();
  const verdict = await createVerdict(await actor("reviewer@example.com"), claimId, content());
  await reviewVerdict(await actor("reviewer2@example.com"), verdict.id, {
    decision: "approve",
    comment: null,
    version: 1,
    baseVersion: await lockOf(verdict.id),
  });
  return { claimId, verdictId: verdict.id };
}
