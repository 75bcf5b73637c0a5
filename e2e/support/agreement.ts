import { randomInt } from "node:crypto";
import { createFixtureArticle, database, fixtureSource } from "./fixtures";

/*
 * Reliability data for the Quality page, written straight into the e2e
 * database: an article whose claims Rita and Rafael (the two demo
 * reviewers) rated, dated in a month of its own, picked at random from the
 * 20th century, so the figures for that month come from this fixture alone
 * however many specs share the database.
 *
 * 1. Rita: True; Rafael approves it.          → True / True
 * 2. Rita: False; Rafael: Mostly false.       → False / Mostly false (a dispute)
 * 3. Rita: Mixed; Rafael approves it.         → Mixed / Mixed
 * 4. Rita: Mostly true; Rafael asks changes.  → one value only: not pairable
 *
 * Worked by hand with Krippendorff's ordinal metric: α = 1 − (1/3)/6.6 =
 * 0.949 (reliable), raw agreement 2 of 3 pairs (67%), 3 pairable claims.
 */
export const AGREEMENT_FIXTURE_FIGURES = {
  alpha: "0.949",
  band: "Reliable",
  rawAgreement: "67%",
  pairableClaims: "3",
  reviewers: "2",
};

const PARAGRAPHS = [
  "Taxes rose by 4 percent last year. Crime fell in every district.",
  "Jobs grew by 10,000 in March. Rents doubled since 2020.",
];
const QUOTES = [
  "Taxes rose by 4 percent",
  "Crime fell in every district",
  "Jobs grew by 10,000",
  "Rents doubled",
];

export async function createAgreementFixture() {
  const db = await database();
  const year = 1901 + randomInt(99);
  const month = 1 + randomInt(12);
  const monthPrefix = `${year}-${String(month).padStart(2, "0")}`;
  const at = (day: number, hour = 12) =>
    new Date(`${monthPrefix}-${String(day).padStart(2, "0")}T${hour}:00:00Z`);
  const article = await createFixtureArticle(
    PARAGRAPHS,
    QUOTES.map((quote) => ({ quote })),
  );
  const rita = await db.user.findUniqueOrThrow({ where: { email: "reviewer@example.com" } });
  const rafael = await db.user.findUniqueOrThrow({ where: { email: "reviewer2@example.com" } });
  const ratingId = async (key: string) => (await db.rating.findUniqueOrThrow({ where: { key } })).id;
  const [agreed, disputed, approved, sentBack] = article.claimIds as [string, string, string, string];

  async function verdict(claimId: string, authorId: string, rating: string, day: number) {
    const created = await db.verdict.create({
      data: {
        claimId,
        authorId,
        state: "submitted",
        revisions: {
          create: {
            version: 1,
            ratingId: await ratingId(rating),
            summary: "Fixture verdict.",
            authorId,
            submittedAt: at(day),
            current: true,
            sources: {
              create: {
                position: 0,
                source: fixtureSource,
              },
            },
          },
        },
      },
      include: { revisions: true },
    });
    return created.revisions[0]!.id;
  }
  const review = (verdictRevisionId: string, decision: "approve" | "request_changes", day: number) =>
    db.review.create({
      data: {
        verdictRevisionId,
        reviewerId: rafael.id,
        decision,
        comment: decision === "approve" ? null : "Check the second source.",
        createdAt: at(day, 15),
      },
    });

  await review(await verdict(agreed, rita.id, "true", 2), "approve", 3);
  await verdict(disputed, rita.id, "false", 4);
  await verdict(disputed, rafael.id, "mostly-false", 5);
  await review(await verdict(approved, rita.id, "mixed", 6), "approve", 7);
  await review(await verdict(sentBack, rita.id, "mostly-true", 8), "request_changes", 9);

  const { syncStatuses } = await import("../../lib/data/statuses/sync-statuses");
  await db.$transaction((tx) => syncStatuses(tx, { articleIds: [article.id] }));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return {
    articleId: article.id,
    title: article.title,
    from: `${monthPrefix}-01`,
    to: `${monthPrefix}-${lastDay}`,
    monthPrefix,
  };
}
