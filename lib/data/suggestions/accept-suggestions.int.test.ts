import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { ACCEPT_ALL_MAX } from "@/lib/schemas/suggestion";
import { importScoredArticle, SCORED_TEXT as TEXT, SENTENCES } from "./testing/scored-article";

// "Accept all above N" against a real seeded database (SQLite, or
// PostgreSQL when TEST_POSTGRES_URL is set).
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { reviseArticleText } = await import("@/lib/data/articles/revise-article-text");
const { createClaim } = await import("@/lib/data/claims/create-claim");
const { updateSettings } = await import("@/lib/data/settings/update-settings");
const { listSuggestions } = await import("./list-suggestions");
const { rejectSuggestion } = await import("./reject-suggestion");
const { acceptSuggestions } = await import("./accept-suggestions");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const importArticle = importScoredArticle;

/** What the suggestions list says before accepting: the premise of each test. */
async function scoresOf(articleId: string) {
  const list = await listSuggestions(await actor("viewer@example.com"), articleId);
  return list.sentences.map((s) => ({ n: s.n, score: s.score, suggested: s.suggested }));
}

const claimRows = (articleId: string) =>
  db.claim.findMany({
    where: { articleId },
    orderBy: { start: "asc" },
    select: { exact: true, statement: true, type: true, claimant: true, suggestionScore: true },
  });

describe("accepting every suggestion above a score", () => {
  it("creates one claim per open suggestion at or above minScore, each with its stored score", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await importArticle();
    const scores = await scoresOf(articleId);
    expect(scores.map((s) => s.suggested)).toEqual([true, true, true, false, true, true]);
    expect(scores[1]!.score).toBeLessThan(0.5);
    // Sentence 3 rejected, sentence 5 already claimed by hand.
    await rejectSuggestion(editor, articleId, 3, { revision: 1 });
    const start = TEXT.indexOf("Exports");
    await createClaim(editor, articleId, {
      span: { revision: 1, start, end: start + 16 },
      type: "statistic",
    });

    const answer = await acceptSuggestions(editor, articleId, { revision: 1, minScore: 0.5 });

    expect(answer).toMatchObject({ articleId, revision: 1, created: 2 });
    expect(answer.claims.map((c) => [c.selector.exact, c.statement, c.type, c.suggestionScore])).toEqual([
      [SENTENCES[0], SENTENCES[0], "other", scores[0]!.score],
      [SENTENCES[5], SENTENCES[5], "other", scores[5]!.score],
    ]);
    for (const claim of answer.claims)
      expect(TEXT.slice(claim.selector.start, claim.selector.end)).toBe(claim.statement);
    expect(await claimRows(articleId)).toEqual([
      {
        exact: SENTENCES[0],
        statement: SENTENCES[0],
        type: "other",
        claimant: null,
        suggestionScore: scores[0]!.score,
      },
      {
        exact: "Exports to China",
        statement: "Exports to China",
        type: "statistic",
        claimant: null,
        suggestionScore: null,
      },
      {
        exact: SENTENCES[5],
        statement: SENTENCES[5],
        type: "other",
        claimant: null,
        suggestionScore: scores[5]!.score,
      },
    ]);
    // Each claim audited once; the accepted ones with their score, the hand-marked one without.
    const audits = await db.auditEvent.findMany({ where: { articleId, action: "claim.marked" } });
    const audited = audits.map((a) => JSON.parse(String(a.data)).suggestionScore as number | undefined);
    expect(audited.sort()).toEqual([...[scores[0]!.score, scores[5]!.score].sort(), undefined]);
    // Accepting again finds nothing open: every suggestion left is claimed, rejected or below.
    expect(await acceptSuggestions(editor, articleId, { revision: 1, minScore: 0.5 })).toEqual({
      articleId,
      revision: 1,
      created: 0,
      claims: [],
    });
    expect(await db.claim.count({ where: { articleId } })).toBe(3);
  });

  it("takes only what the admin's threshold suggests, whatever minScore says", async () => {
    const [admin, editor] = [await actor("admin@example.com"), await actor("editor@example.com")];
    const articleId = await importArticle();
    const scores = await scoresOf(articleId);
    const threshold = 0.95;
    const above = scores.filter((s) => s.score >= threshold).map((s) => s.n);
    expect(above.length).toBeGreaterThan(0);
    expect(above.length).toBeLessThan(scores.filter((s) => s.suggested).length);
    try {
      await updateSettings(admin, { suggestionThreshold: threshold });
      const answer = await acceptSuggestions(editor, articleId, { revision: 1, minScore: 0 });
      expect(answer.claims.map((c) => c.statement)).toEqual(above.map((n) => SENTENCES[n - 1]));
    } finally {
      await updateSettings(admin, { suggestionThreshold: null });
    }
  });

  it("answers created 0 when nothing scores high enough, and writes nothing", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await importArticle();
    const events = await db.auditEvent.count({ where: { articleId } });
    expect(await acceptSuggestions(editor, articleId, { revision: 1, minScore: 1 })).toMatchObject({
      created: 0,
      claims: [],
    });
    expect(await db.claim.count({ where: { articleId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { articleId } })).toBe(events);
  });

  it("refuses a stale revision with CONFLICT and writes nothing", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await importArticle();
    await reviseArticleText(editor, articleId, { text: `${TEXT} One more.`, baseRevision: 1, note: null });
    const error = await failure(acceptSuggestions(editor, articleId, { revision: 1, minScore: 0 }));
    expect(error).toMatchObject({ code: "CONFLICT", details: { currentRevision: 2 } });
    expect(error.message).toMatch(/revision 2 now, not 1\. Reload the suggestions/);
    expect(await db.claim.count({ where: { articleId } })).toBe(0);
  });

  it.each(["reviewer@example.com", "viewer@example.com"])("refuses %s with FORBIDDEN", async (email) => {
    const articleId = await importArticle();
    const error = await failure(
      acceptSuggestions(await actor(email), articleId, { revision: 1, minScore: 0 }),
    );
    expect(error).toMatchObject({
      code: "FORBIDDEN",
      message: "Only editors and admins can accept suggestions as claims.",
    });
    expect(await db.claim.count({ where: { articleId } })).toBe(0);
  });

  it("answers NOT_FOUND for an article that does not exist", async () => {
    const editor = await actor("editor@example.com");
    expect(
      await failure(acceptSuggestions(editor, "no-such-article", { revision: 1, minScore: 0 })),
    ).toMatchObject({ code: "NOT_FOUND" });
  });

  it(`refuses more than ${ACCEPT_ALL_MAX} claims at once, saying to raise the score, and writes nothing`, async () => {
    const editor = await actor("editor@example.com");
    const statistics = Array.from(
      { length: ACCEPT_ALL_MAX + 20 },
      (_, i) => `Unemployment in region ${i + 1} rose by ${(i % 9) + 1}.5 percent in ${1990 + (i % 30)}.`,
    );
    const articleId = await importArticle(statistics.join(" "));
    const suggested = (await scoresOf(articleId)).filter((s) => s.suggested).length;
    expect(suggested).toBeGreaterThan(ACCEPT_ALL_MAX);
    const error = await failure(acceptSuggestions(editor, articleId, { revision: 1, minScore: 0 }));
    expect(error).toMatchObject({
      code: "VALIDATION",
      details: { fields: { minScore: expect.any(String) } },
    });
    expect(error.message).toBe(
      `That would create ${suggested} claims, more than ${ACCEPT_ALL_MAX} at once. Raise the lowest score (minScore) to accept fewer.`,
    );
    expect(await db.claim.count({ where: { articleId } })).toBe(0);
  });

  it("cuts a sentence longer than a statement may be at a word, with an ellipsis", async () => {
    const editor = await actor("editor@example.com");
    const long = `The ministry said ${Array.from({ length: 80 }, (_, i) => `${i + 1},000 troops`).join(" and ")} were sent in March.`;
    const articleId = await importArticle(long);
    const [claim] = (await acceptSuggestions(editor, articleId, { revision: 1, minScore: 0 })).claims;
    expect(claim!.selector.exact).toBe(long);
    expect(claim!.statement.length).toBeLessThanOrEqual(600);
    expect(claim!.statement).toMatch(/^The ministry said 1,000 troops and .* (and|troops|\d+,000)…$/);
    expect(long.startsWith(claim!.statement.slice(0, -1))).toBe(true);
  });
});
