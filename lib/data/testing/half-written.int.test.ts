import { afterAll, describe, expect, it } from "vitest";
import { halfWrittenChecks } from "./half-written";
import { createTempDatabase } from "./temp-database";

// The checks the backup and crash tests rely on: silent on the demo data,
// and each one catching the damage it names.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const counts = async (run: (sql: string) => Promise<unknown[]>) => {
  const result: Record<string, number> = {};
  for (const { name, sql } of halfWrittenChecks)
    result[name] = Number(Object.values((await run(sql))[0] as object)[0]);
  return result;
};

/** Applies the damage in a transaction, reads the checks there, and rolls it back. */
async function countsAfter(damage: string[]): Promise<Record<string, number>> {
  let seen: Record<string, number> = {};
  await db
    .$transaction(async (tx) => {
      for (const sql of damage) await tx.$executeRawUnsafe(sql);
      seen = await counts((sql) => tx.$queryRawUnsafe(sql));
      throw new Error("roll back");
    })
    .catch((error: Error) => {
      if (error.message !== "roll back") throw error;
    });
  return seen;
}

const nonZero = (result: Record<string, number>) => Object.keys(result).filter((name) => result[name] !== 0);

describe("half-written checks", () => {
  it("find nothing on a sound database", async () => {
    expect(nonZero(await counts((sql) => db.$queryRawUnsafe(sql)))).toEqual([]);
  });

  it.each([
    ["an article without its current text revision", [`UPDATE "Article" SET "revision" = "revision" + 5`]],
    [
      "a verdict without the revision it names",
      [`UPDATE "Verdict" SET "currentVersion" = "currentVersion" + 5`],
    ],
    [
      "a claim that is neither validly anchored nor orphaned",
      [`UPDATE "Claim" SET "exact" = 'not in the text' WHERE "anchorState" = 'anchored'`],
    ],
    ["a claim without its audit event", [`DELETE FROM "AuditEvent" WHERE "action" = 'claim.marked'`]],
    ["a verdict without its audit event", [`DELETE FROM "AuditEvent" WHERE "action" = 'verdict.drafted'`]],
    ["a review without its audit event", [`DELETE FROM "AuditEvent" WHERE "action" LIKE 'review.%'`]],
    [
      "a comment without its audit event",
      [
        `INSERT INTO "Comment" ("id", "claimId", "authorId", "body") SELECT 'unaudited', MIN("id"), (SELECT MIN("id") FROM "User"), 'No trail.' FROM "Claim"`,
      ],
    ],
    [
      "a claim still waiting for a verdict although one was submitted",
      [
        `UPDATE "Claim" SET "status" = 'needs_verdict' WHERE "id" IN (SELECT "claimId" FROM "Verdict" WHERE "state" = 'submitted')`,
      ],
    ],
  ])("catch %s", async (name, damage) => {
    expect(nonZero(await countsAfter(damage))).toContain(name);
  });
});
