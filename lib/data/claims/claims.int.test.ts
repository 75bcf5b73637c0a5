import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";

// Integration tests against a real, migrated SQLite database.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { insertArticle } = await import("@/lib/data/articles/insert-article");
const { createClaim } = await import("./create-claim");
const { updateClaim } = await import("./update-claim");
const { deleteClaim } = await import("./delete-claim");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const text = "The mayor said 300 new homes were built last year.\n\nThe opposition disputes that figure.";

async function newArticle() {
  const editor = await actor("editor@example.com");
  const article = await db.$transaction((tx) =>
    insertArticle(
      tx,
      { title: "Homes", byline: null, dateline: null, publishedAt: null, sourceUrl: null, text },
      editor.id,
    ),
  );
  return article.id;
}

describe("claims in the database", () => {
  it("an editor creates a claim whose selector is computed on the server", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await newArticle();
    const claim = await createClaim(editor, articleId, {
      span: { revision: 1, start: 15, end: 39 },
      claimant: "The mayor",
      type: "statistic",
    });
    expect(claim).toMatchObject({
      selector: { exact: "300 new homes were built", prefix: "The mayor said ", start: 15, end: 39 },
      statement: "300 new homes were built",
      status: "needs_verdict",
    });
    const events = await db.auditEvent.findMany({ where: { claimId: claim.id } });
    expect(events.map((e) => e.action)).toEqual(["claim.marked"]);
  });

  it.each(["reviewer@example.com", "viewer@example.com"])(
    "%s may not create, edit or delete claims",
    async (email) => {
      const editor = await actor("editor@example.com");
      const articleId = await newArticle();
      const claim = await createClaim(editor, articleId, {
        span: { revision: 1, start: 15, end: 39 },
        type: "other",
      });
      const who = await actor(email);
      expect(
        (
          await failure(
            createClaim(who, articleId, { span: { revision: 1, start: 0, end: 9 }, type: "other" }),
          )
        ).code,
      ).toBe("FORBIDDEN");
      expect((await failure(updateClaim(who, claim.id, { version: 1, statement: "x" }))).code).toBe(
        "FORBIDDEN",
      );
      expect((await failure(deleteClaim(who, claim.id, { withVerdicts: true }))).code).toBe("FORBIDDEN");
      expect(await db.claim.count({ where: { articleId } })).toBe(1);
    },
  );

  it("two concurrent edits of one claim: exactly one wins, the other gets a conflict with the current claim", async () => {
    const editor = await actor("editor@example.com");
    const admin = await actor("admin@example.com");
    const articleId = await newArticle();
    const claim = await createClaim(editor, articleId, {
      span: { revision: 1, start: 15, end: 39 },
      type: "other",
    });
    const results = await Promise.allSettled([
      updateClaim(editor, claim.id, { version: 1, statement: "Edit A" }),
      updateClaim(admin, claim.id, { version: 1, statement: "Edit B" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = (lost[0] as PromiseRejectedResult).reason as AppError;
    expect(error.code).toBe("CONFLICT");
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.version).toBe(2);
    expect((error.details?.current as { statement: string }).statement).toBe(stored.statement);
  });

  it("deleting a claim with verdicts needs confirmation; the audit trail keeps a snapshot", async () => {
    const editor = await actor("editor@example.com");
    const reviewer = await actor("reviewer@example.com");
    const articleId = await newArticle();
    const claim = await createClaim(editor, articleId, {
      span: { revision: 1, start: 15, end: 39 },
      type: "other",
    });
    const rating = await db.rating.findUniqueOrThrow({ where: { key: "false" } });
    await db.verdict.create({
      data: {
        claimId: claim.id,
        authorId: reviewer.id,
        revisions: {
          create: { version: 1, ratingId: rating.id, summary: "Only 120 were built.", authorId: reviewer.id },
        },
      },
    });
    const refused = await failure(deleteClaim(editor, claim.id, { withVerdicts: false }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.details).toEqual({ verdictCount: 1 });
    await deleteClaim(editor, claim.id, { withVerdicts: true });
    expect(await db.claim.findUnique({ where: { id: claim.id } })).toBeNull();
    expect(await db.verdict.count({ where: { claimId: claim.id } })).toBe(0);
    const deleted = await db.auditEvent.findFirstOrThrow({
      where: { claimId: claim.id, action: "claim.deleted" },
    });
    expect(JSON.parse(deleted.data).verdicts[0].ratings[0]).toEqual({
      version: 1,
      rating: "false",
      summary: "Only 120 were built.",
    });
  });

  it("a refused span leaves nothing half-written", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await newArticle();
    const before = await db.auditEvent.count();
    expect(
      (
        await failure(
          createClaim(editor, articleId, { span: { revision: 2, start: 0, end: 3 }, type: "other" }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect(
      (
        await failure(
          createClaim(editor, articleId, { span: { revision: 1, start: 50, end: 52 }, type: "other" }),
        )
      ).code,
    ).toBe("VALIDATION");
    expect(await db.claim.count({ where: { articleId } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(before);
  });
});
