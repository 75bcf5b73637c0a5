import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";

const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { ensureDerivedStatuses } = await import("./derived-status");
const { findStaleStatuses } = await import("@/lib/data/statuses/testing/find-stale-statuses");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

describe("the stored-status backfill", () => {
  it("derives every status of a database the migration upgraded, once", async () => {
    // What the migration leaves: column defaults (it marks current revisions itself).
    await db.claim.updateMany({ data: { status: "needs_verdict" } });
    await db.article.updateMany({ data: { status: "unchecked" } });
    await db.verdict.updateMany({ data: { changesRequested: false } });
    await db.setting.deleteMany({ where: { key: "derivedStatusVersion" } });
    expect((await findStaleStatuses()).length).toBeGreaterThan(0);

    expect(await ensureDerivedStatuses(db)).toBe(true);
    expect(await findStaleStatuses()).toEqual([]);

    // Afterwards a cheap no-op on every start, even if something drifted.
    await db.claim.updateMany({ data: { status: "needs_verdict" } });
    expect(await ensureDerivedStatuses(db)).toBe(false);
    expect((await findStaleStatuses()).length).toBeGreaterThan(0);
  });
});
