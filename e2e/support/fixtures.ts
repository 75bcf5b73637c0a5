import { randomUUID } from "node:crypto";

/**
 * Test fixtures written straight into the e2e database (the one the app
 * under test uses; `npm run test:e2e` passes its URL). Each test makes its
 * own article so tests that change claims never disturb each other or the
 * demo article that read-only tests check.
 */
export async function database() {
  if (!process.env.E2E_DATA_DIR)
    throw new Error("Run e2e tests with `npm run test:e2e`: fixtures need E2E_DATA_DIR.");
  const { db } = await import("../../lib/db/client");
  return db;
}

/** The one evidence source fixture verdicts cite, created on first use. */
export const fixtureSource = {
  connectOrCreate: {
    where: { url: "https://stats.example.org/fixture" },
    create: {
      url: "https://stats.example.org/fixture",
      title: "Fixture statistics",
      publisher: "Statistics office",
    },
  },
};

export interface FixtureClaim {
  quote: string;
  statement?: string;
  claimant?: string;
  /** Submitted verdicts to attach (by the demo reviewer, rated True, citing one source). */
  verdicts?: number;
  /** Approve the first fixture verdict (by the second demo reviewer). */
  approved?: boolean;
  /** Dismiss the claim with this reason. */
  dismissed?: string;
}

export async function createFixtureArticle(
  paragraphs: string[],
  claims: FixtureClaim[] = [],
  options: { sourceUrl?: string } = {},
) {
  const db = await database();
  const { toCanonicalText } = await import("../../lib/article/canonical-text");
  const { describeQuote } = await import("../../lib/anchoring/text-quote");
  const { insertArticle } = await import("../../lib/data/articles/insert-article");
  const { syncStatuses } = await import("../../lib/data/statuses/sync-statuses");
  const text = toCanonicalText(paragraphs);
  const title = `Fixture ${randomUUID().slice(0, 8)}`;
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
  const reviewer = await db.user.findUniqueOrThrow({ where: { email: "reviewer@example.com" } });
  const secondReviewer = await db.user.findUniqueOrThrow({ where: { email: "reviewer2@example.com" } });
  const rating = await db.rating.findUniqueOrThrow({ where: { key: "true" } });
  return db.$transaction(async (tx) => {
    const article = await insertArticle(
      tx,
      {
        title,
        byline: "Fixture Reporter",
        dateline: null,
        publishedAt: new Date("2025-04-28T00:00:00Z"),
        sourceUrl: options.sourceUrl ?? null,
        text,
      },
      editor.id,
    );
    const claimIds: string[] = [];
    /** Per claim, the ids of its fixture verdicts. */
    const verdictIds: string[][] = [];
    for (const claim of claims) {
      const selector = describeQuote(text, claim.quote);
      if (!selector) throw new Error(`Fixture quote not in text: ${claim.quote}`);
      const created = await tx.claim.create({
        data: {
          articleId: article.id,
          anchoredRevision: 1,
          ...selector,
          statement: claim.statement ?? claim.quote,
          claimant: claim.claimant ?? null,
          createdById: editor.id,
          ...(claim.dismissed
            ? { dismissedAt: new Date(), dismissedReason: claim.dismissed, dismissedById: editor.id }
            : {}),
        },
      });
      const ids: string[] = [];
      for (let i = 0; i < (claim.verdicts ?? 0); i += 1) {
        const verdict = await tx.verdict.create({
          data: {
            claimId: created.id,
            authorId: reviewer.id,
            state: "submitted",
            revisions: {
              create: {
                version: 1,
                ratingId: rating.id,
                summary: "Fixture verdict.",
                authorId: reviewer.id,
                submittedAt: new Date(),
                sources: {
                  create: {
                    position: 0,
                    accessedAt: new Date("2025-04-29T00:00:00Z"),
                    source: fixtureSource,
                  },
                },
              },
            },
          },
          include: { revisions: true },
        });
        if (claim.approved && i === 0) {
          await tx.review.create({
            data: {
              verdictRevisionId: verdict.revisions[0]!.id,
              reviewerId: secondReviewer.id,
              decision: "approve",
            },
          });
        }
        ids.push(verdict.id);
      }
      claimIds.push(created.id);
      verdictIds.push(ids);
    }
    // Rows written directly: bring the stored statuses in line, as every app write does.
    await syncStatuses(tx, { articleIds: [article.id] });
    return { id: article.id, title, text, claimIds, verdictIds };
  });
}

/** Claims of an article as stored, for checking that a refused request changed nothing. */
export async function storedClaims(articleId: string) {
  const db = await database();
  return db.claim.findMany({ where: { articleId }, orderBy: { start: "asc" } });
}

export async function auditActions(claimId: string) {
  const db = await database();
  return (await db.auditEvent.findMany({ where: { claimId }, orderBy: { at: "asc" } })).map((e) => e.action);
}

/** A 100,000-character article with 1,000 overlapping claims, as in the benchmark. */
export async function createLargeFixtureArticle() {
  const db = await database();
  const { buildClaims, buildCorpus } = await import("../../bench/corpus");
  const { describeSpan } = await import("../../lib/anchoring/text-quote");
  const { insertArticle } = await import("../../lib/data/articles/insert-article");
  const text = buildCorpus();
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
  const article = await db.$transaction((tx) =>
    insertArticle(
      tx,
      {
        title: `Large fixture ${randomUUID().slice(0, 8)}`,
        byline: null,
        dateline: null,
        publishedAt: null,
        sourceUrl: null,
        text,
      },
      editor.id,
    ),
  );
  // Written in small batches: SQLite has one writer at a time, and the app
  // under test (another process) must not wait behind one long transaction.
  const claims = buildClaims(text).map(({ start, end }) => ({
    articleId: article.id,
    anchoredRevision: 1,
    ...describeSpan(text, start, end),
    statement: text.slice(start, end),
    createdById: editor.id,
  }));
  for (let i = 0; i < claims.length; i += 100) await db.claim.createMany({ data: claims.slice(i, i + 100) });
  const { syncStatuses } = await import("../../lib/data/statuses/sync-statuses");
  await db.$transaction((tx) => syncStatuses(tx, { articleIds: [article.id] }));
  return { id: article.id, text };
}
