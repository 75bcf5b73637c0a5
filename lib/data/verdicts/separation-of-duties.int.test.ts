import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { content, lockOf, newClaim } from "./verdict-test-fixtures";

// The bypass from issue 11: an admin revises a reviewer's verdict, then approves it alone.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { createVerdict } = await import("./create-verdict");
const { reviseVerdict } = await import("./revise-verdict");
const { reviewVerdict } = await import("./review-verdict");
const { submitVerdict } = await import("./submit-verdict");
const { getVerdictView } = await import("./get-verdict-view");
const { getClaimView } = await import("@/lib/data/claims/claim-view");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const approve = (version: number) => ({ decision: "approve" as const, comment: null, version });

/** Everything a refused review must leave as it was. */
async function snapshot(verdictId: string) {
  const verdict = await db.verdict.findUniqueOrThrow({ where: { id: verdictId } });
  return {
    lockVersion: verdict.lockVersion,
    reviews: await db.review.count({ where: { verdictRevision: { verdictId } } }),
    audit: await db.auditEvent.count(),
  };
}

describe("separation of duties: nobody reviews a verdict they wrote any revision of", () => {
  it("an admin who revised a reviewer's verdict cannot approve it; a third reviewer can", async () => {
    const claimId = await newClaim();
    const rita = await actor("reviewer@example.com");
    const ada = await actor("admin@example.com");
    const verdict = await createVerdict(rita, claimId, content());
    await reviseVerdict(ada, verdict.id, {
      ...content({ summary: "Exactly 5,000 troops were sent." }),
      baseVersion: await lockOf(verdict.id),
    });

    // The edit is on record as the admin's, and the verdict still as Rita's.
    const view = await getVerdictView(verdict.id);
    expect(view.authorName).toBe("Rita Reviewer");
    expect(view.revisions.map((r) => [r.version, r.authorName])).toEqual([
      [2, "Ada Admin"],
      [1, "Rita Reviewer"],
    ]);

    const before = await snapshot(verdict.id);
    const refused = await failure(reviewVerdict(ada, verdict.id, approve(2)));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toBe("You wrote revision 2 of this verdict, so another reviewer must review it.");
    expect(await snapshot(verdict.id)).toEqual(before);
    expect((await getClaimView(claimId))?.status).toBe("in_review");

    // Rita started it, so she may not approve the admin's revision either.
    expect((await failure(reviewVerdict(rita, verdict.id, approve(2)))).message).toBe(
      "You wrote this verdict, so another reviewer must review it.",
    );

    await reviewVerdict(await actor("reviewer2@example.com"), verdict.id, approve(2));
    expect((await getClaimView(claimId))?.status).toBe("approved");
  });

  it("requesting changes is refused the same way", async () => {
    const claimId = await newClaim();
    const ada = await actor("admin@example.com");
    const verdict = await createVerdict(await actor("reviewer@example.com"), claimId, content());
    await reviseVerdict(ada, verdict.id, { ...content(), baseVersion: await lockOf(verdict.id) });
    const error = await failure(
      reviewVerdict(ada, verdict.id, { decision: "request_changes", comment: "More.", version: 2 }),
    );
    expect(error.code).toBe("FORBIDDEN");
  });

  it("an admin's rewrite of a draft stays on record after the author rewrites it again", async () => {
    const claimId = await newClaim();
    const rita = await actor("reviewer@example.com");
    const ada = await actor("admin@example.com");
    const verdict = await createVerdict(rita, claimId, content({ submit: false }));
    // Rita rewriting her own draft changes it in place: still one revision.
    await reviseVerdict(rita, verdict.id, {
      ...content({ submit: false, summary: "Rita's second draft." }),
      baseVersion: await lockOf(verdict.id),
    });
    expect(await db.verdictRevision.count({ where: { verdictId: verdict.id } })).toBe(1);
    // The admin's rewrite of it, and Rita's rewrite of the admin's, are new revisions.
    await reviseVerdict(ada, verdict.id, {
      ...content({ submit: false, summary: "The admin's draft." }),
      baseVersion: await lockOf(verdict.id),
    });
    await reviseVerdict(rita, verdict.id, {
      ...content({ submit: false, summary: "Rita's final draft." }),
      baseVersion: await lockOf(verdict.id),
    });
    await submitVerdict(rita, verdict.id, { baseVersion: await lockOf(verdict.id) });

    const revisions = await db.verdictRevision.findMany({
      where: { verdictId: verdict.id },
      include: { author: true },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((r) => [r.version, r.author.name, r.summary])).toEqual([
      [1, "Rita Reviewer", "Rita's second draft."],
      [2, "Ada Admin", "The admin's draft."],
      [3, "Rita Reviewer", "Rita's final draft."],
    ]);
    const error = await failure(reviewVerdict(ada, verdict.id, approve(3)));
    expect(error.message).toBe("You wrote revision 2 of this verdict, so another reviewer must review it.");
    await reviewVerdict(await actor("reviewer2@example.com"), verdict.id, approve(3));
    expect((await getClaimView(claimId))?.status).toBe("approved");
  });
});
