import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor } from "@/lib/data/testing/test-helpers";
import { content, lockOf, newClaim } from "@/lib/data/verdicts/verdict-test-fixtures";
import { importHoneyBees } from "./testing/archive-fixtures";

// The archive's search index against a real database: it follows approvals and imports at once.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { matchArchive } = await import("./archive-index");
const { archiveEntryId } = await import("@/lib/claim-matching/archive-entry-id");
const { createVerdict } = await import("@/lib/data/verdicts/create-verdict");
const { reviewVerdict } = await import("@/lib/data/verdicts/review-verdict");
const { reviseVerdict } = await import("@/lib/data/verdicts/revise-verdict");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const QUERY = "Did the ministry really send 5,000 troops?";

describe("the archive index", () => {
  it("finds an approved claim as soon as it is approved, and drops it when it is no longer approved", async () => {
    const claimId = await newClaim(); // "5,000 troops were sent."
    const id = archiveEntryId.claim(claimId);
    expect((await matchArchive(QUERY)).map((m) => m.id)).not.toContain(id);

    const reviewer = await actor("reviewer@example.com");
    const verdict = await createVerdict(reviewer, claimId, content());
    // Submitted but not approved: not in the archive yet.
    expect((await matchArchive(QUERY)).map((m) => m.id)).not.toContain(id);
    await reviewVerdict(await actor("reviewer2@example.com"), verdict.id, {
      decision: "approve",
      comment: null,
      version: 1,
      baseVersion: await lockOf(verdict.id),
    });
    const [best] = await matchArchive(QUERY);
    expect(best?.id).toBe(id);
    expect(best!.score).toBeGreaterThan(0);

    // A new revision of the verdict takes the approval away, and the claim out of the archive.
    await reviseVerdict(reviewer, verdict.id, {
      ...content(),
      summary: "A second look.",
      baseVersion: await lockOf(verdict.id),
    });
    expect((await matchArchive(QUERY)).map((m) => m.id)).not.toContain(id);
  });

  it("finds an imported fact-check right after the import", async () => {
    const row = await importHoneyBees();
    const [best] = await matchArchive("are honey bees now an endangered species?");
    expect(best?.id).toBe(archiveEntryId.factCheck(row.id));
  });
});
