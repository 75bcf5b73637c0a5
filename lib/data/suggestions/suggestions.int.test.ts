import { afterAll, describe, expect, it } from "vitest";
import { scoreArticleSentences } from "@/lib/check-worthiness/score-article";
import { CHECK_WORTHY_THRESHOLD } from "@/lib/check-worthiness/score-sentences";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { roundScore } from "@/lib/suggestions/sentence-scores";
import { importScoredArticle } from "./testing/scored-article";

// Scores stored with each revision, and rejections per revision, against a
// real seeded database (SQLite, or PostgreSQL when TEST_POSTGRES_URL is set).
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { reviseArticleText } = await import("@/lib/data/articles/revise-article-text");
const { createClaim } = await import("@/lib/data/claims/create-claim");
const { listSuggestions } = await import("./list-suggestions");
const { rejectSuggestion } = await import("./reject-suggestion");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const TEXT =
  "The ministry said 5,000 troops were sent to the border in March. Mr. Smith, who lives nearby, was surprised.\n\n" +
  "Unemployment rose by 2.5 percent last year, the highest rise since 2009. It was a sunny day.";

const importArticle = (text = TEXT) => importScoredArticle(text);

const storedScores = async (articleId: string, number: number) =>
  (await db.articleRevision.findUniqueOrThrow({ where: { articleId_number: { articleId, number } } }))
    .sentenceScores;

/** What the model says about a text, as a revision stores it. */
const expectedScores = (text: string) =>
  scoreArticleSentences(text).map(({ start, end, score }) => ({ start, end, score: roundScore(score) }));

describe("scores stored with revisions", () => {
  it("stores every sentence's score with revision 1 when an article is imported", async () => {
    const articleId = await importArticle();
    const stored = JSON.parse((await storedScores(articleId, 1))!) as unknown[];
    expect(stored).toEqual(expectedScores(TEXT));
    expect(stored).toHaveLength(4);
  });

  it("stores new scores with a text revision, and lists them at that revision", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await importArticle();
    const revised = `${TEXT} Prices doubled in 2024, according to the statistics office.`;
    await reviseArticleText(editor, articleId, { text: revised, baseRevision: 1, note: null });
    expect(JSON.parse((await storedScores(articleId, 2))!)).toEqual(expectedScores(revised));
    const list = await listSuggestions(editor, articleId);
    expect(list.revision).toBe(2);
    expect(list.sentences.at(-1)).toMatchObject({
      n: 5,
      text: "Prices doubled in 2024, according to the statistics office.",
    });
  });

  it("scores a revision saved before scoring existed on first read, and stores it", async () => {
    const viewer = await actor("viewer@example.com");
    const articleId = await importArticle();
    await db.articleRevision.updateMany({ where: { articleId }, data: { sentenceScores: null } });
    const list = await listSuggestions(viewer, articleId);
    expect(list.sentences.map(({ start, end, score }) => ({ start, end, score }))).toEqual(
      expectedScores(TEXT),
    );
    expect(JSON.parse((await storedScores(articleId, 1))!)).toEqual(expectedScores(TEXT));
  });
});

describe("listing suggestions", () => {
  it("gives each sentence its text, offsets, label and whether it is suggested or claimed", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await importArticle();
    await createClaim(editor, articleId, { span: { revision: 1, start: 18, end: 39 }, type: "statistic" });
    const list = await listSuggestions(editor, articleId);
    expect(list).toMatchObject({ articleId, revision: 1, threshold: CHECK_WORTHY_THRESHOLD });
    expect(list.sentences.map((s) => s.text)).toEqual([
      "The ministry said 5,000 troops were sent to the border in March.",
      "Mr. Smith, who lives nearby, was surprised.",
      "Unemployment rose by 2.5 percent last year, the highest rise since 2009.",
      "It was a sunny day.",
    ]);
    for (const sentence of list.sentences) {
      expect(TEXT.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.suggested).toBe(sentence.score >= CHECK_WORTHY_THRESHOLD);
      expect(sentence.label).toMatch(/check-worthy$/);
      expect(sentence.rejected).toBe(false);
    }
    expect(list.sentences.map((s) => s.claimed)).toEqual([true, false, false, false]);
  });

  it("answers NOT_FOUND for an article that does not exist", async () => {
    const viewer = await actor("viewer@example.com");
    expect(await failure(listSuggestions(viewer, "no-such-article"))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("rejecting a suggestion", () => {
  it("remembers the rejection at that revision, once, with an audit event", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await importArticle();
    const first = await rejectSuggestion(editor, articleId, 3, { revision: 1 });
    expect(first).toMatchObject({
      articleId,
      revision: 1,
      sentence: { n: 3, rejected: true, text: expect.stringMatching(/^Unemployment rose/) },
    });
    // Again: the same answer, nothing new stored or recorded.
    expect(await rejectSuggestion(editor, articleId, 3, { revision: 1 })).toEqual(first);
    const list = await listSuggestions(await actor("viewer@example.com"), articleId);
    expect(list.sentences.map((s) => s.rejected)).toEqual([false, false, true, false]);
    expect(await db.suggestionRejection.count({ where: { articleId } })).toBe(1);
    expect(
      await db.auditEvent.findMany({
        where: { articleId, action: "suggestion.rejected" },
        select: { actorId: true },
      }),
    ).toEqual([{ actorId: editor.id }]);
  });

  it("records one rejection when two editors reject the same sentence at once", async () => {
    const [editor, admin] = [await actor("editor@example.com"), await actor("admin@example.com")];
    const articleId = await importArticle();
    const answers = await Promise.all([
      rejectSuggestion(editor, articleId, 2, { revision: 1 }),
      rejectSuggestion(admin, articleId, 2, { revision: 1 }),
    ]);
    expect(answers[0]).toEqual(answers[1]);
    expect(await db.suggestionRejection.count({ where: { articleId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { articleId, action: "suggestion.rejected" } })).toBe(1);
  });

  it("starts fresh at a new revision: the same sentence is not rejected there", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await importArticle();
    await rejectSuggestion(editor, articleId, 1, { revision: 1 });
    await reviseArticleText(editor, articleId, { text: `${TEXT} One more.`, baseRevision: 1, note: null });
    const list = await listSuggestions(editor, articleId);
    expect(list.sentences[0]).toMatchObject({ rejected: false, start: 0 });
  });

  it("refuses a stale revision with CONFLICT naming the current one", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await importArticle();
    await reviseArticleText(editor, articleId, { text: `${TEXT} One more.`, baseRevision: 1, note: null });
    const error = await failure(rejectSuggestion(editor, articleId, 1, { revision: 1 }));
    expect(error).toMatchObject({ code: "CONFLICT", details: { currentRevision: 2 } });
    expect(error.message).toMatch(/revision 2 now, not 1/);
    expect(await db.suggestionRejection.count({ where: { articleId } })).toBe(0);
  });

  it("answers NOT_FOUND for a sentence past the end and for an unknown article", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await importArticle();
    expect(await failure(rejectSuggestion(editor, articleId, 5, { revision: 1 }))).toMatchObject({
      code: "NOT_FOUND",
      message: "The article has 4 sentences, so there is no sentence 5.",
    });
    expect(await failure(rejectSuggestion(editor, "no-such-article", 1, { revision: 1 }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it.each(["viewer@example.com", "reviewer@example.com"])("refuses %s with FORBIDDEN", async (email) => {
    const articleId = await importArticle();
    const error = await failure(rejectSuggestion(await actor(email), articleId, 1, { revision: 1 }));
    expect(error).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.suggestionRejection.count({ where: { articleId } })).toBe(0);
  });

  it("changes neither the article text nor any claim", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await importArticle();
    const claim = await createClaim(editor, articleId, {
      span: { revision: 1, start: 18, end: 39 },
      type: "statistic",
    });
    const before = {
      article: await db.article.findUniqueOrThrow({ where: { id: articleId } }),
      text: (await db.articleRevision.findMany({ where: { articleId } })).map((r) => r.text),
      claims: await db.claim.findMany({ where: { articleId } }),
    };
    await rejectSuggestion(editor, articleId, 1, { revision: 1 });
    await rejectSuggestion(editor, articleId, 2, { revision: 1 });
    expect({
      article: await db.article.findUniqueOrThrow({ where: { id: articleId } }),
      text: (await db.articleRevision.findMany({ where: { articleId } })).map((r) => r.text),
      claims: await db.claim.findMany({ where: { articleId } }),
    }).toEqual(before);
    expect(before.claims.map((c) => c.id)).toEqual([claim.id]);
  });
});
