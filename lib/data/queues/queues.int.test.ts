import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor } from "@/lib/data/testing/test-helpers";
import { demoClaims } from "@/prisma/seed/demo-claims";

// Integration tests against a real SQLite database, migrated and seeded with
// the demo article, whose claims are in every review state.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { insertArticle } = await import("@/lib/data/articles/insert-article");
const { getMyWork } = await import("./get-my-work");
const { countMyWork, myWorkCountCap } = await import("./count-my-work");
const { syncStatuses } = await import("@/lib/data/statuses/sync-statuses");

/** These tests write rows directly, so they derive the stored statuses as the use cases do. */
const sync = (claimId: string) => db.$transaction((tx) => syncStatuses(tx, { claimIds: [claimId] }));

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

/** The demo claim's statement, found by the start of its quote. */
function statement(quoteStart: string): string {
  const claim = demoClaims.find((c) => c.quote.startsWith(quoteStart));
  if (!claim) throw new Error(`No demo claim quoting "${quoteStart}"`);
  return claim.statement;
}

const kursk = statement("the North Korean contingent had aided");
const eightMonths = statement("eight months after");
const twelveThousand = statement("United States, South Korea and Ukraine saying");
const casualties = statement("about 4,000");
const chineseCitizens = statement("two Chinese citizens");
const donetsk = statement("the two Chinese fighters");
const fiveDecades = statement("have not fought a war");

const statements = (section: { items: Array<{ statement: string }> } | undefined) =>
  section?.items.map((item) => item.statement);

/** A new article with one claim carrying one submitted verdict by `authorEmail`. */
async function articleWithVerdict(
  authorEmail: string,
  reviews: Array<[string, "approve" | "request_changes"]>,
) {
  const editor = await actor("editor@example.com");
  const author = await actor(authorEmail);
  const rating = await db.rating.findUniqueOrThrow({ where: { key: "false" } });
  const text = "The council built 300 homes.";
  const article = await db.$transaction((tx) =>
    insertArticle(
      tx,
      {
        title: `Queue test ${randomUUID().slice(0, 8)}`,
        byline: null,
        dateline: null,
        publishedAt: null,
        sourceUrl: null,
        text,
      },
      editor.id,
    ),
  );
  const claim = await db.claim.create({
    data: {
      articleId: article.id,
      anchoredRevision: 1,
      exact: text,
      start: 0,
      end: text.length,
      statement: `Claim of ${article.id}`,
    },
  });
  const reviewers = await Promise.all(
    reviews.map(async ([email, decision]) => ({ id: (await actor(email)).id, decision })),
  );
  const verdict = await db.verdict.create({
    data: {
      claimId: claim.id,
      authorId: author.id,
      state: "submitted",
      revisions: {
        create: {
          version: 1,
          ratingId: rating.id,
          summary: "Not so.",
          authorId: author.id,
          submittedAt: new Date(),
          reviews: { create: reviewers.map(({ id, decision }) => ({ reviewerId: id, decision })) },
        },
      },
    },
    include: { revisions: true },
  });
  await sync(claim.id);
  return {
    articleId: article.id,
    claimId: claim.id,
    statement: claim.statement,
    revisionId: verdict.revisions[0]!.id,
  };
}

describe("My work on the demo data", () => {
  it("Rita (reviewer) waits on reviewer2's unreviewed verdicts, and has one verdict sent back and one draft", async () => {
    const rita = await actor("reviewer@example.com");
    const work = await getMyWork({ user: rita });
    expect(work.editing).toBeNull();
    expect(statements(work.review?.awaitingReview)).toEqual([kursk, eightMonths, twelveThousand]);
    expect(work.review?.awaitingReview.items.map((item) => item.status)).toEqual([
      "disputed",
      "in_review",
      "in_review",
    ]);
    expect(statements(work.review?.changesRequested)).toEqual([casualties]);
    expect(statements(work.review?.drafts)).toEqual([chineseCitizens]);
    expect(work.actionCount).toBe(4);
    expect(await countMyWork({ user: rita })).toBe(4);
  });

  it("reviewer2 waits only on Rita's side of the dispute: the rest is reviewed, approved or their own", async () => {
    const second = await actor("reviewer2@example.com");
    const work = await getMyWork({ user: second });
    expect(statements(work.review?.awaitingReview)).toEqual([kursk]);
    expect(work.review?.changesRequested).toEqual({ items: [], total: 0 });
    expect(work.review?.drafts).toEqual({ items: [], total: 0 });
    expect(await countMyWork({ user: second })).toBe(1);
  });

  it("the editor sees the claims needing a verdict and the dispute, labelled with the article", async () => {
    const editor = await actor("editor@example.com");
    const work = await getMyWork({ user: editor });
    expect(work.review).toBeNull();
    expect(new Set(statements(work.editing?.needsVerdict))).toEqual(
      new Set([fiveDecades, chineseCitizens, donetsk]),
    );
    expect(work.editing?.needsVerdict.items.every((item) => item.status === "needs_verdict")).toBe(true);
    expect(statements(work.editing?.disputed)).toEqual([kursk]);
    const [dispute] = work.editing?.disputed.items ?? [];
    expect(dispute?.article.title).toBe(
      "North Korea confirms its troops are fighting for Russia in war against Ukraine",
    );
    expect(dispute?.ratings.map((r) => [r.key, r.approved])).toEqual([
      ["mostly-true", false],
      ["misleading", false],
    ]);
    expect(work.editing?.readyToPublish).toEqual({ items: [], total: 0 });
    expect(await countMyWork({ user: editor })).toBe(4);
  });

  it("an admin has both sets of queues", async () => {
    const admin = await actor("admin@example.com");
    const work = await getMyWork({ user: admin });
    // Rita's sent-back verdict still waits for the admin's own review.
    expect(statements(work.review?.awaitingReview)).toEqual([kursk, eightMonths, twelveThousand, casualties]);
    expect(work.editing?.needsVerdict.total).toBe(3);
    expect(await countMyWork({ user: admin })).toBe(4 + 3 + 1);
  });

  it("a viewer has no queue and no count", async () => {
    const viewer = await actor("viewer@example.com");
    expect(await getMyWork({ user: viewer })).toEqual({
      review: null,
      assignments: null,
      editing: null,
      actionCount: 0,
    });
    expect(await countMyWork({ user: viewer })).toBeNull();
  });

  it("the header's count is the number of action items in the full, uncapped queues", async () => {
    for (const email of ["admin", "editor", "reviewer", "reviewer2"].map((name) => `${name}@example.com`)) {
      const user = await actor(email);
      const work = await getMyWork({ user, limit: 10_000 });
      const items = [
        work.review?.awaitingReview,
        work.review?.changesRequested,
        work.editing?.needsVerdict,
        work.editing?.disputed,
        work.editing?.readyToPublish,
      ].reduce((sum, queue) => sum + (queue?.items.length ?? 0), 0);
      expect(items).toBeLessThan(myWorkCountCap);
      expect({ email, count: await countMyWork({ user }) }).toEqual({ email, count: items });
    }
  });

  it("the header stops counting at its cap", async () => {
    const editor = await actor("editor@example.com");
    const before = await countMyWork({ user: editor });
    const articleId = await db.$transaction((tx) =>
      insertArticle(
        tx,
        { title: "Many claims", byline: null, dateline: null, publishedAt: null, sourceUrl: null, text: "x" },
        editor.id,
      ),
    );
    await db.claim.createMany({
      data: Array.from({ length: myWorkCountCap }, (_, i) => ({
        articleId: articleId.id,
        anchoredRevision: 1,
        exact: "x",
        start: 0,
        end: 1,
        statement: `Claim ${i}`,
      })),
    });
    expect(before).toBeLessThan(myWorkCountCap);
    expect(await countMyWork({ user: editor })).toBe(myWorkCountCap);
    expect((await getMyWork({ user: editor })).editing?.needsVerdict.total).toBeGreaterThan(myWorkCountCap);
    await db.article.delete({ where: { id: articleId.id } });
  });

  it("caps each list and keeps the total", async () => {
    const editor = await actor("editor@example.com");
    const work = await getMyWork({ user: editor, limit: 2 });
    expect(work.editing?.needsVerdict.items).toHaveLength(2);
    expect(work.editing?.needsVerdict.total).toBe(3);
    expect(work.actionCount).toBe(4);
  });
});

describe("My work as reviews happen", () => {
  it("a verdict leaves a reviewer's queue once they review it, and comes back on a new revision", async () => {
    const rita = await actor("reviewer@example.com");
    const fixture = await articleWithVerdict("reviewer2@example.com", []);
    expect(statements((await getMyWork({ user: rita })).review?.awaitingReview)).toContain(fixture.statement);

    await db.review.create({
      data: { verdictRevisionId: fixture.revisionId, reviewerId: rita.id, decision: "request_changes" },
    });
    await sync(fixture.claimId);
    const afterReview = await getMyWork({ user: rita });
    expect(statements(afterReview.review?.awaitingReview)).not.toContain(fixture.statement);
    const second = await getMyWork({ user: await actor("reviewer2@example.com") });
    expect(statements(second.review?.changesRequested)).toEqual([fixture.statement]);

    const verdict = await db.verdict.findFirstOrThrow({ where: { claimId: fixture.claimId } });
    const revision = await db.verdictRevision.findUniqueOrThrow({ where: { id: fixture.revisionId } });
    await db.verdictRevision.create({
      data: {
        verdictId: verdict.id,
        version: 2,
        ratingId: revision.ratingId,
        summary: "Revised.",
        authorId: verdict.authorId,
      },
    });
    await db.verdict.update({ where: { id: verdict.id }, data: { currentVersion: 2 } });
    await sync(fixture.claimId);
    expect(statements((await getMyWork({ user: rita })).review?.awaitingReview)).toContain(fixture.statement);
    expect(
      (await getMyWork({ user: await actor("reviewer2@example.com") })).review?.changesRequested.total,
    ).toBe(0);
  });

  it("an article whose claims are all approved is ready to publish, until a report is live", async () => {
    const editor = await actor("editor@example.com");
    const fixture = await articleWithVerdict("reviewer@example.com", [["reviewer2@example.com", "approve"]]);
    const ready = (await getMyWork({ user: editor })).editing?.readyToPublish.items;
    expect(ready?.map((item) => item.articleId)).toEqual([fixture.articleId]);
    expect(ready?.[0]?.summary.counts.approved).toBe(1);

    await db.reportPublication.create({ data: { articleId: fixture.articleId, version: 1, snapshot: "{}" } });
    expect((await getMyWork({ user: editor })).editing?.readyToPublish.total).toBe(0);
  });

  it("a dismissed claim leaves every queue", async () => {
    const rita = await actor("reviewer@example.com");
    const editor = await actor("editor@example.com");
    const fixture = await articleWithVerdict("reviewer2@example.com", []);
    await db.claim.update({ where: { id: fixture.claimId }, data: { dismissedAt: new Date() } });
    await sync(fixture.claimId);
    expect(statements((await getMyWork({ user: rita })).review?.awaitingReview)).not.toContain(
      fixture.statement,
    );
    const editing = (await getMyWork({ user: editor })).editing;
    expect(statements(editing?.needsVerdict)).not.toContain(fixture.statement);
    expect(editing?.readyToPublish.items.map((item) => item.articleId)).toContain(fixture.articleId);
  });
});
