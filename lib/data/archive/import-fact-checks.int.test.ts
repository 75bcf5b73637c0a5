import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { content, lockOf, newClaim } from "@/lib/data/verdicts/verdict-test-fixtures";

// The fact-check archive against a real database (SQLite, or PostgreSQL with TEST_POSTGRES_URL).
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { importFactChecks } = await import("./import-fact-checks");
const { readArchiveGeneration } = await import("./archive-generation");
const { createVerdict } = await import("@/lib/data/verdicts/create-verdict");
const { reviewVerdict } = await import("@/lib/data/verdicts/review-verdict");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const claimReview = (url: string, rating: string, claim = "The bridge cost 80 million euros.") => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url,
  claimReviewed: claim,
  datePublished: "2024-05-02",
  author: { "@type": "Organization", name: "Example Checks", url: "https://checks.example" },
  reviewRating: { "@type": "Rating", alternateName: rating },
});
const feed = (...items: object[]) => ({
  version: "https://jsonfeed.org/version/1.1",
  items: items.map((review, i) => ({ id: String(i), _claimreview: [review] })),
});

describe("importing fact-checks", () => {
  it("re-importing a feed updates what changed and never duplicates", async () => {
    const admin = await actor("admin@example.com");
    const first = await importFactChecks(admin, {
      json: feed(
        claimReview("https://checks.example/a", "False"),
        claimReview("https://checks.example/b", "True"),
      ),
    });
    expect(first).toEqual({ created: 2, updated: 0, unchanged: 0, problems: [] });
    const generation = await readArchiveGeneration(db);

    const again = await importFactChecks(admin, {
      json: feed(
        claimReview("https://checks.example/a#section", "Mostly false"),
        claimReview("https://checks.example/b", "True"),
        claimReview("https://checks.example/c", "Misleading"),
      ),
    });
    expect(again).toEqual({ created: 1, updated: 1, unchanged: 1, problems: [] });
    const rows = await db.importedFactCheck.findMany({
      where: { url: { startsWith: "https://checks.example/" } },
      orderBy: { url: "asc" },
    });
    expect(rows.map((row) => [row.url, row.ratingName, row.publisherName])).toEqual([
      ["https://checks.example/a", "Mostly false", "Example Checks"],
      ["https://checks.example/b", "True", "Example Checks"],
      ["https://checks.example/c", "Misleading", "Example Checks"],
    ]);
    expect(await readArchiveGeneration(db)).toBe(generation + 1);

    // The same file a third time changes nothing, so the index need not rebuild.
    const third = await importFactChecks(admin, {
      json: feed(claimReview("https://checks.example/c", "Misleading")),
    });
    expect(third).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await readArchiveGeneration(db)).toBe(generation + 1);
  });

  it("refuses a source with nothing usable, saying why, and writes nothing", async () => {
    const admin = await actor("admin@example.com");
    const before = await db.importedFactCheck.count();
    const error = await failure(
      importFactChecks(admin, {
        json: { "@type": "ClaimReview", url: "javascript:alert(1)", claimReviewed: "x" },
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(/Fact-check 1 .* was skipped: url, reviewRating.alternateName/);
    expect(await db.importedFactCheck.count()).toBe(before);
  });

  it("is for admins only", async () => {
    for (const email of ["editor@example.com", "reviewer@example.com", "viewer@example.com"]) {
      const error = await failure(
        importFactChecks(await actor(email), { json: claimReview("https://checks.example/z", "False") }),
      );
      expect(error.code).toBe("FORBIDDEN");
    }
    expect(await db.importedFactCheck.count({ where: { url: "https://checks.example/z" } })).toBe(0);
  });
});

describe("the archive generation", () => {
  it("moves in the transaction that approves a claim, and when it is no longer approved", async () => {
    const claimId = await newClaim();
    const verdict = await createVerdict(await actor("reviewer@example.com"), claimId, content());
    const beforeApproval = await readArchiveGeneration(db);
    await reviewVerdict(await actor("reviewer2@example.com"), verdict.id, {
      decision: "approve",
      comment: null,
      version: 1,
      baseVersion: await lockOf(verdict.id),
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId } })).status).toBe("approved");
    expect(await readArchiveGeneration(db)).toBe(beforeApproval + 1);
  });
});
