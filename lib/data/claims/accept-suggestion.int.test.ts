import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { importScoredArticle } from "@/lib/data/suggestions/testing/scored-article";
import { parseStoredScores } from "@/lib/suggestions/sentence-scores";

// A claim accepted from a suggestion records the sentence's stored score
// (never one the caller sends), against a real database.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { createClaim } = await import("./create-claim");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const TEXT =
  "The ministry said 5,000 troops were sent to the border in March. It was a sunny day.\n\n" +
  "Unemployment rose by 2.5 percent last year, the highest rise since 2009.";

async function importArticle() {
  const id = await importScoredArticle(TEXT);
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: id } });
  return { id, scores: parseStoredScores(revision.sentenceScores!)! };
}

describe("accepting a suggestion as a claim", () => {
  it("records the stored score of the sentence it accepts, also when trimmed to part of it", async () => {
    const editor = await actor("editor@example.com");
    const { id, scores } = await importArticle();
    const third = scores[2]!;
    const claim = await createClaim(editor, id, {
      span: { revision: 1, start: third.start, end: third.start + "Unemployment rose by 2.5 percent".length },
      type: "other",
      suggestion: 3,
    });
    expect(claim.suggestionScore).toBe(third.score);
    const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.suggestionScore).toBe(third.score);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(JSON.parse(audit.data)).toMatchObject({ suggestionScore: third.score });
  });

  it("leaves the score empty for a claim marked by hand", async () => {
    const editor = await actor("editor@example.com");
    const { id } = await importArticle();
    const claim = await createClaim(editor, id, {
      selector: { exact: "5,000 troops were sent to the border" },
      type: "other",
    });
    expect(claim.suggestionScore).toBeNull();
  });

  it("refuses a suggestion the claim is not in, or that does not exist, and writes nothing", async () => {
    const editor = await actor("editor@example.com");
    const { id } = await importArticle();
    const outside = await failure(
      createClaim(editor, id, {
        selector: { exact: "5,000 troops were sent to the border" },
        type: "other",
        suggestion: 3,
      }),
    );
    expect(outside.code).toBe("VALIDATION");
    expect(outside.message).toMatch(/not in suggested sentence 3/);
    const missing = await failure(
      createClaim(editor, id, { selector: { exact: "sunny day" }, type: "other", suggestion: 9 }),
    );
    expect(missing.message).toMatch(/has 3 sentences, so there is no suggested sentence 9/);
    expect(await db.claim.count({ where: { articleId: id } })).toBe(0);
  });
});
