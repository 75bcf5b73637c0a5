import { randomUUID } from "node:crypto";
import { createFixtureArticle } from "./fixtures";

/*
 * Fixtures for the "My work" queues, written straight into the e2e database
 * like those in fixtures.ts. Each makes its own article, so tests that change
 * review states never touch the demo article.
 */
async function database() {
  if (!process.env.E2E_DATA_DIR)
    throw new Error("Run e2e tests with `npm run test:e2e`: fixtures need E2E_DATA_DIR.");
  const { db } = await import("../../lib/db/client");
  return db;
}

/** A new article with one claim and one submitted, unreviewed verdict by the demo reviewer (Rita). */
export async function createClaimInReview() {
  const statement = `Queue fixture claim ${randomUUID().slice(0, 8)}`;
  const article = await createFixtureArticle(
    ["The council built 300 new homes last year, the mayor said."],
    [{ quote: "built 300 new homes", statement, verdicts: 1 }],
  );
  const claimId = article.claimIds[0];
  if (!claimId) throw new Error("The fixture article has no claim");
  return { articleId: article.id, title: article.title, claimId, statement };
}

/** Reviews the current revision of the claim's only verdict, as `reviewerEmail`. */
export async function reviewFixtureVerdict(
  claimId: string,
  reviewerEmail: string,
  decision: "approve" | "request_changes",
) {
  const db = await database();
  const reviewer = await db.user.findUniqueOrThrow({ where: { email: reviewerEmail } });
  const verdict = await db.verdict.findFirstOrThrow({ where: { claimId } });
  const revision = await db.verdictRevision.findUniqueOrThrow({
    where: { verdictId_version: { verdictId: verdict.id, version: verdict.currentVersion } },
  });
  const { syncStatuses } = await import("../../lib/data/statuses/sync-statuses");
  await db.$transaction(async (tx) => {
    await tx.review.create({ data: { verdictRevisionId: revision.id, reviewerId: reviewer.id, decision } });
    await syncStatuses(tx, { claimIds: [claimId] });
  });
}
