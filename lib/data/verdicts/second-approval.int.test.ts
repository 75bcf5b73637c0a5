import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { content, lockOf, newClaim } from "./verdict-test-fixtures";

// Issue 15: one reviewer approving the same revision twice read "Approved by Rafael Reviewer, Rafael Reviewer".
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { createVerdict } = await import("./create-verdict");
const { reviseVerdict } = await import("./revise-verdict");
const { reviewVerdict } = await import("./review-verdict");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const approve = (version: number) => ({ decision: "approve" as const, comment: null, version });

async function submittedVerdict(): Promise<string> {
  const claimId = await newClaim();
  return (await createVerdict(await actor("reviewer@example.com"), claimId, content())).id;
}

const approvalsOf = (verdictId: string) =>
  db.review.count({ where: { decision: "approve", verdictRevision: { verdictId } } });
const auditCount = () => db.auditEvent.count({ where: { action: "review.approved" } });

describe("a reviewer approves a revision once", () => {
  it("refuses a second approval of the same revision with CONFLICT, changing nothing", async () => {
    const verdictId = await submittedVerdict();
    const rob = await actor("reviewer2@example.com");
    await reviewVerdict(rob, verdictId, approve(1));
    const lock = await lockOf(verdictId);
    const audits = await auditCount();

    const refused = await failure(reviewVerdict(rob, verdictId, { ...approve(1), baseVersion: lock }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe("You have already approved revision 1 of this verdict.");
    expect(await approvalsOf(verdictId)).toBe(1);
    expect(await lockOf(verdictId)).toBe(lock);
    expect(await auditCount()).toBe(audits);
  });

  it("two approvals sent at once leave exactly one, and the other is told why", async () => {
    const verdictId = await submittedVerdict();
    const rob = await actor("reviewer2@example.com");
    const results = await Promise.allSettled([
      reviewVerdict(rob, verdictId, approve(1)),
      reviewVerdict(rob, verdictId, approve(1)),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect(rejected?.status === "rejected" ? String(rejected.reason.message) : "").toBe(
      "You have already approved revision 1 of this verdict.",
    );
    expect(await approvalsOf(verdictId)).toBe(1);
  });

  it("still lets them withdraw by asking for changes, approve again after that, and approve the next revision", async () => {
    const verdictId = await submittedVerdict();
    const rob = await actor("reviewer2@example.com");
    await reviewVerdict(rob, verdictId, approve(1));
    await reviewVerdict(rob, verdictId, {
      decision: "request_changes",
      comment: "Name the count.",
      version: 1,
    });
    await reviewVerdict(rob, verdictId, approve(1));
    expect(await approvalsOf(verdictId)).toBe(2);

    await reviseVerdict(await actor("reviewer@example.com"), verdictId, {
      ...content({ summary: "About 5,000 troops were sent, by the ministry's count." }),
      baseVersion: await lockOf(verdictId),
    });
    await reviewVerdict(rob, verdictId, approve(2));
    expect((await failure(reviewVerdict(rob, verdictId, approve(2)))).message).toBe(
      "You have already approved revision 2 of this verdict.",
    );
  });

  it("another reviewer's approval of the same revision is not refused", async () => {
    const verdictId = await submittedVerdict();
    await reviewVerdict(await actor("reviewer2@example.com"), verdictId, approve(1));
    await reviewVerdict(await actor("admin@example.com"), verdictId, approve(1));
    expect(await approvalsOf(verdictId)).toBe(2);
  });
});
