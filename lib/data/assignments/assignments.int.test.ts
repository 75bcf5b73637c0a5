import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";

// Assigning, taking and unassigning against a real, seeded database (SQLite,
// or PostgreSQL when TEST_POSTGRES_URL is set).
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { insertArticle } = await import("@/lib/data/articles/insert-article");
const { assignClaim } = await import("./assign-claim");
const { takeClaim } = await import("./take-claim");
const { assignArticle } = await import("./assign-article");
const { getMyWork } = await import("@/lib/data/queues/get-my-work");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

/** A new article with `count` claims needing a verdict. */
async function articleWithClaims(count: number) {
  const editor = await actor("editor@example.com");
  const text = "One. Two. Three. Four.";
  const article = await db.$transaction((tx) =>
    insertArticle(
      tx,
      {
        title: `Assignment test ${randomUUID().slice(0, 8)}`,
        byline: null,
        dateline: null,
        publishedAt: null,
        sourceUrl: null,
        text,
      },
      editor.id,
    ),
  );
  const claims = [];
  for (let index = 0; index < count; index++) {
    claims.push(
      await db.claim.create({
        data: {
          articleId: article.id,
          anchoredRevision: 1,
          exact: "One.",
          start: 0,
          end: 4,
          statement: `Claim ${index} of ${article.id}`,
          createdAt: new Date(Date.UTC(2026, 0, 1 + index)),
        },
      }),
    );
  }
  return { article, claims };
}

const auditOf = (claimId: string) =>
  db.auditEvent.findMany({
    where: { claimId },
    orderBy: { at: "asc" },
    select: { action: true, actorId: true },
  });

describe("assigning a claim", () => {
  it("lets an editor assign with a due day, records it and bumps the version", async () => {
    const editor = await actor("editor@example.com");
    const reviewer = await actor("reviewer@example.com");
    const { claims } = await articleWithClaims(1);
    const claim = await assignClaim(editor, claims[0]!.id, {
      version: 1,
      assigneeId: reviewer.id,
      dueAt: "2026-12-24",
    });
    expect(claim.assignee).toEqual({ id: reviewer.id, name: reviewer.name });
    expect(claim.dueAt).toBe("2026-12-24");
    expect(claim.version).toBe(2);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claims[0]!.id } });
    expect(stored.dueAt?.toISOString()).toBe("2026-12-24T00:00:00.000Z");
    expect(await auditOf(claims[0]!.id)).toEqual([{ action: "claim.assigned", actorId: editor.id }]);
  });

  it("refuses reviewers and viewers", async () => {
    const { claims } = await articleWithClaims(1);
    const reviewer = await actor("reviewer@example.com");
    for (const email of ["reviewer@example.com", "viewer@example.com"]) {
      const error = await failure(
        assignClaim(await actor(email), claims[0]!.id, { version: 1, assigneeId: reviewer.id }),
      );
      expect(error.code).toBe("FORBIDDEN");
    }
    expect(await auditOf(claims[0]!.id)).toEqual([]);
  });

  it("refuses an assignee who cannot write verdicts or is deactivated", async () => {
    const editor = await actor("editor@example.com");
    const { claims } = await articleWithClaims(1);
    const viewer = await actor("viewer@example.com");
    expect(
      (await failure(assignClaim(editor, claims[0]!.id, { version: 1, assigneeId: editor.id }))).code,
    ).toBe("VALIDATION");
    expect(
      (await failure(assignClaim(editor, claims[0]!.id, { version: 1, assigneeId: viewer.id }))).code,
    ).toBe("VALIDATION");
    const gone = await db.user.create({
      data: {
        email: `gone-${randomUUID()}@example.com`,
        name: "Gone",
        role: "reviewer",
        passwordHash: "x",
        disabledAt: new Date(),
      },
    });
    const error = await failure(assignClaim(editor, claims[0]!.id, { version: 1, assigneeId: gone.id }));
    expect(error.code).toBe("VALIDATION");
    expect(error.details).toEqual({ fields: { assigneeId: expect.any(String) } });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claims[0]!.id } })).assigneeId).toBeNull();
  });

  it("refuses a stale version with CONFLICT and the current claim, writing nothing", async () => {
    const editor = await actor("editor@example.com");
    const reviewer = await actor("reviewer@example.com");
    const reviewer2 = await actor("reviewer2@example.com");
    const { claims } = await articleWithClaims(1);
    await assignClaim(editor, claims[0]!.id, { version: 1, assigneeId: reviewer.id });
    const error = await failure(assignClaim(editor, claims[0]!.id, { version: 1, assigneeId: reviewer2.id }));
    expect(error.code).toBe("CONFLICT");
    expect(error.details?.current).toMatchObject({ assignee: { id: reviewer.id }, version: 2 });
    expect(await auditOf(claims[0]!.id)).toHaveLength(1);
  });

  it("unassigns, and records a due-day change under its own name", async () => {
    const editor = await actor("editor@example.com");
    const reviewer = await actor("reviewer@example.com");
    const { claims } = await articleWithClaims(1);
    await assignClaim(editor, claims[0]!.id, { version: 1, assigneeId: reviewer.id });
    await assignClaim(editor, claims[0]!.id, { version: 2, dueAt: "2027-01-05" });
    const claim = await assignClaim(editor, claims[0]!.id, { version: 3, assigneeId: null, dueAt: null });
    expect(claim.assignee).toBeNull();
    expect(claim.dueAt).toBeNull();
    expect((await auditOf(claims[0]!.id)).map((event) => event.action)).toEqual([
      "claim.assigned",
      "claim.due_changed",
      "claim.unassigned",
    ]);
  });
});

describe("taking a claim", () => {
  it("lets a reviewer take an unassigned claim, and the second taker gets CONFLICT naming the first", async () => {
    const reviewer = await actor("reviewer@example.com");
    const reviewer2 = await actor("reviewer2@example.com");
    const { claims } = await articleWithClaims(1);
    const taken = await takeClaim(reviewer, claims[0]!.id, { version: 1 });
    expect(taken.assignee?.id).toBe(reviewer.id);
    const error = await failure(takeClaim(reviewer2, claims[0]!.id, {}));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain(reviewer.name);
    expect(await auditOf(claims[0]!.id)).toEqual([{ action: "claim.taken", actorId: reviewer.id }]);
  });

  it("refuses a stale version and editors", async () => {
    const editor = await actor("editor@example.com");
    const reviewer = await actor("reviewer@example.com");
    const { claims } = await articleWithClaims(1);
    await db.claim.update({ where: { id: claims[0]!.id }, data: { version: 2 } });
    expect((await failure(takeClaim(reviewer, claims[0]!.id, { version: 1 }))).code).toBe("CONFLICT");
    expect((await failure(takeClaim(editor, claims[0]!.id, {}))).code).toBe("FORBIDDEN");
    expect((await db.claim.findUniqueOrThrow({ where: { id: claims[0]!.id } })).assigneeId).toBeNull();
  });
});

describe("assigning an article", () => {
  it("sets the lead editor, assignee and due day, copying nothing onto its claims", async () => {
    const editor = await actor("editor@example.com");
    const reviewer2 = await actor("reviewer2@example.com");
    const { article, claims } = await articleWithClaims(1);
    const resource = await assignArticle(editor, article.id, {
      updatedAt: article.updatedAt.toISOString(),
      leadEditorId: editor.id,
      assigneeId: reviewer2.id,
      dueAt: "2026-12-31",
    });
    expect(resource).toMatchObject({
      leadEditor: { id: editor.id },
      assignee: { id: reviewer2.id },
      dueAt: "2026-12-31",
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claims[0]!.id } })).assigneeId).toBeNull();
    const events = await db.auditEvent.findMany({
      where: { entityId: article.id, action: "article.assigned" },
    });
    expect(events).toHaveLength(1);
    const stale = await failure(
      assignArticle(editor, article.id, { updatedAt: article.updatedAt.toISOString(), assigneeId: null }),
    );
    expect(stale.code).toBe("CONFLICT");
  });

  it("refuses a reviewer as lead editor and a reviewer doing the assigning", async () => {
    const editor = await actor("editor@example.com");
    const reviewer = await actor("reviewer@example.com");
    const { article } = await articleWithClaims(0);
    const updatedAt = article.updatedAt.toISOString();
    expect(
      (await failure(assignArticle(editor, article.id, { updatedAt, leadEditorId: reviewer.id }))).code,
    ).toBe("VALIDATION");
    expect((await failure(assignArticle(reviewer, article.id, { updatedAt, dueAt: null }))).code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("My work", () => {
  it("lists a reviewer's claims overdue first, then by due day, undated last, with the article's as default", async () => {
    const editor = await actor("editor@example.com");
    const owner = await db.user.create({
      data: {
        email: `owner-${randomUUID()}@example.com`,
        name: "Owner",
        role: "reviewer",
        passwordHash: "x",
      },
    });
    const me = { id: owner.id, role: "reviewer" as const };
    const { claims } = await articleWithClaims(3);
    const [undated, later, overdue] = claims.map((claim) => claim.id) as [string, string, string];
    await assignClaim(editor, undated, { version: 1, assigneeId: owner.id });
    await assignClaim(editor, later, { version: 1, assigneeId: owner.id, dueAt: "2999-01-01" });
    await assignClaim(editor, overdue, { version: 1, assigneeId: owner.id, dueAt: "2000-01-01" });
    const other = await articleWithClaims(1);
    await assignArticle(editor, other.article.id, {
      updatedAt: other.article.updatedAt.toISOString(),
      assigneeId: owner.id,
      dueAt: "2998-06-01",
    });

    const work = await getMyWork({ user: me });
    const assigned = work.assignments!.assignedToYou;
    expect(assigned.total).toBe(4);
    expect(assigned.items.map((item) => [item.claimId, item.overdue, item.via])).toEqual([
      [overdue, true, "claim"],
      [other.claims[0]!.id, false, "article"],
      [later, false, "claim"],
      [undated, false, "claim"],
    ]);
    expect(work.assignments!.notTaken.items.map((item) => item.claimId)).not.toContain(other.claims[0]!.id);

    const capped = await getMyWork({ user: me, limit: 2 });
    expect(capped.assignments!.assignedToYou).toMatchObject({ total: 4 });
    expect(capped.assignments!.assignedToYou.items).toHaveLength(2);
  });

  it("lists unassigned claims needing a verdict as not taken, until someone takes one", async () => {
    const reviewer = await actor("reviewer@example.com");
    const { claims } = await articleWithClaims(1);
    const before = await getMyWork({ user: reviewer, limit: 10_000 });
    expect(before.assignments!.notTaken.items.map((item) => item.claimId)).toContain(claims[0]!.id);
    await takeClaim(reviewer, claims[0]!.id, {});
    const after = await getMyWork({ user: reviewer, limit: 10_000 });
    expect(after.assignments!.notTaken.items.map((item) => item.claimId)).not.toContain(claims[0]!.id);
    expect(after.assignments!.assignedToYou.items.map((item) => item.claimId)).toContain(claims[0]!.id);
  });

  it("has no assignment queues for editors and viewers", async () => {
    for (const email of ["editor@example.com", "viewer@example.com"]) {
      expect((await getMyWork({ user: await actor(email) })).assignments).toBeNull();
    }
  });
});
