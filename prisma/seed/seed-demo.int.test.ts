import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";

// Integration test against a real SQLite database, migrated and seeded the
// way `npm start` does it.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { seedDemo } = await import("./seed-demo");
const { listEveryArticle } = await import("@/lib/data/articles/list-articles");
const { getArticleView } = await import("@/lib/data/articles/get-article-view");

async function counts() {
  return {
    users: await db.user.count(),
    articles: await db.article.count(),
    claims: await db.claim.count(),
    verdicts: await db.verdict.count(),
    reviews: await db.review.count(),
    ratings: await db.rating.count(),
    sources: await db.source.count(),
    audit: await db.auditEvent.count(),
  };
}

beforeAll(async () => {
  await db.$connect();
});
afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

describe("demo seed", () => {
  it("creates one user per role, the rating scale and the sample article", async () => {
    const users = await db.user.findMany({ orderBy: { email: "asc" } });
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(["admin", "editor", "reviewer", "viewer"]));
    expect(users.every((u) => u.passwordHash.startsWith("$argon2id$"))).toBe(true);
    expect(await db.rating.count()).toBe(7);
    const [article] = await listEveryArticle();
    expect(article?.title).toBe(
      "North Korea confirms its troops are fighting for Russia in war against Ukraine",
    );
    expect(article?.summary.total).toBeGreaterThanOrEqual(8);
  });

  it("is idempotent: seeding again duplicates nothing", async () => {
    const before = await counts();
    const result = await seedDemo(db);
    expect(result).toEqual({ createdUsers: 0, seededArticle: false });
    expect(await counts()).toEqual(before);
  });

  it("seeds claims whose selectors point at their quotes, in every review state", async () => {
    const [item] = await listEveryArticle();
    const view = await getArticleView(item!.id);
    expect(view).not.toBeNull();
    for (const claim of view!.claims) {
      expect(view!.text.slice(claim.start, claim.end)).toBe(claim.exact);
    }
    expect(view!.summary.counts).toEqual({
      needs_verdict: 3,
      in_review: 2,
      changes_requested: 1,
      disputed: 1,
      approved: 3,
      dismissed: 1,
    });
    expect(view!.summary.readyToPublish).toBe(false);
  });

  it("records how each claim got its state in the audit trail", async () => {
    const actions = (await db.auditEvent.findMany({ select: { action: true } })).map((e) => e.action);
    expect(actions.filter((a) => a === "claim.marked")).toHaveLength(11);
    expect(actions).toContain("review.approved");
    expect(actions).toContain("review.changes_requested");
    expect(actions).toContain("claim.dismissed");
  });

  it("an unknown article id is null, not an error", async () => {
    expect(await getArticleView("missing")).toBeNull();
  });
});
