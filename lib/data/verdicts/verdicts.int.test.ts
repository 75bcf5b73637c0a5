import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { content, lockOf, newClaim, source } from "./verdict-test-fixtures";

// Integration tests against a real, migrated and seeded SQLite database.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { createVerdict } = await import("./create-verdict");
const { reviseVerdict } = await import("./revise-verdict");
const { reviewVerdict } = await import("./review-verdict");
const { submitVerdict } = await import("./submit-verdict");
const { resolveDispute } = await import("./resolve-dispute");
const { addComment } = await import("@/lib/data/comments/add-comment");
const { getClaimView } = await import("@/lib/data/claims/claim-view");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

describe("verdicts and reviews in the database", () => {
  it("submitting a verdict with zero sources is refused and writes nothing", async () => {
    const claimId = await newClaim();
    const rita = await actor("reviewer@example.com");
    const error = await failure(createVerdict(rita, claimId, content({ sources: [] })));
    expect(error.code).toBe("VALIDATION");
    expect(error.details).toEqual({
      fields: { sources: "Add at least 1 source before submitting for review." },
    });
    expect(await db.verdict.count({ where: { claimId } })).toBe(0);
    // A draft may have none; submitting it later is refused the same way.
    const draft = await createVerdict(rita, claimId, content({ sources: [], submit: false }));
    expect((await failure(submitVerdict(rita, draft.id, { baseVersion: 1 }))).code).toBe("VALIDATION");
    expect((await db.verdict.findUniqueOrThrow({ where: { id: draft.id } })).state).toBe("draft");
  });

  it("an unknown rating is a field error", async () => {
    const claimId = await newClaim();
    const error = await failure(
      createVerdict(await actor("reviewer@example.com"), claimId, content({ rating: "sort-of" })),
    );
    expect(error.details).toEqual({ fields: { rating: "Choose a rating from the scale." } });
  });

  it("two concurrent approvals of one revision: exactly one wins, the other gets a conflict", async () => {
    const claimId = await newClaim();
    const verdict = await createVerdict(await actor("reviewer@example.com"), claimId, content());
    const base = await lockOf(verdict.id);
    const results = await Promise.allSettled([
      reviewVerdict(await actor("reviewer2@example.com"), verdict.id, {
        decision: "approve",
        comment: null,
        version: 1,
        baseVersion: base,
      }),
      reviewVerdict(await actor("admin@example.com"), verdict.id, {
        decision: "approve",
        comment: null,
        version: 1,
        baseVersion: base,
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as AppError).code).toBe("CONFLICT");
    expect(await db.review.count({ where: { verdictRevision: { verdictId: verdict.id } } })).toBe(1);
  });

  it("a source cited without an access date (or with an empty one) has none, not today's", async () => {
    const claimId = await newClaim();
    const verdict = await createVerdict(
      await actor("reviewer@example.com"),
      claimId,
      content({
        sources: [
          { ...source, url: `https://example.org/undated-${Date.now()}` },
          { ...source, url: `https://example.org/dated-${Date.now()}`, accessedAt: "2025-04-29" },
        ],
      }),
    );
    const citations = await db.verdictSource.findMany({
      where: { verdictRevision: { verdictId: verdict.id } },
      orderBy: { position: "asc" },
    });
    expect(citations.map((citation) => citation.accessedAt?.toISOString() ?? null)).toEqual([
      null,
      "2025-04-29T00:00:00.000Z",
    ]);
    const { verdictContentSchema } = await import("@/lib/schemas/verdict");
    const parsed = verdictContentSchema.parse({
      ...content(),
      sources: [{ url: "https://example.org/x", accessedAt: "" }],
    });
    expect(parsed.sources[0]?.accessedAt).toBeUndefined();
  });

  it("two reviewers citing the same new source at the same moment both succeed and share one source row", async () => {
    const claims = [await newClaim(), await newClaim()];
    const url = `https://example.org/new-report-${Date.now()}`;
    const cited = content({ sources: [{ ...source, url, title: "New report" }] });
    const results = await Promise.allSettled([
      createVerdict(await actor("reviewer@example.com"), claims[0]!, cited),
      createVerdict(await actor("reviewer2@example.com"), claims[1]!, cited),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
    const rows = await db.source.findMany({ where: { url }, include: { citations: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.citations).toHaveLength(2);
  });

  it("an approval racing the author's revision: the approval of the replaced revision is refused, the revision is kept", async () => {
    const claimId = await newClaim();
    const rita = await actor("reviewer@example.com");
    const verdict = await createVerdict(rita, claimId, content());
    const base = await lockOf(verdict.id);
    const [revised, approved] = await Promise.allSettled([
      reviseVerdict(rita, verdict.id, { ...content({ summary: "Revised summary." }), baseVersion: base }),
      reviewVerdict(await actor("reviewer2@example.com"), verdict.id, {
        decision: "approve",
        comment: null,
        version: 1,
        baseVersion: base,
      }),
    ]);
    const outcomes = [revised.status, approved.status].sort();
    expect(outcomes).toEqual(["fulfilled", "rejected"]);
    const stored = await db.verdict.findUniqueOrThrow({
      where: { id: verdict.id },
      include: { revisions: { include: { reviews: true } } },
    });
    if (revised.status === "fulfilled") {
      expect(stored.currentVersion).toBe(2);
      expect(stored.revisions.flatMap((r) => r.reviews)).toHaveLength(0);
    } else {
      expect(stored.currentVersion).toBe(1);
      expect(stored.revisions[0]?.reviews).toHaveLength(1);
    }
  });

  it("a new revision needs new approvals; approvals of the old one stay in its history", async () => {
    const claimId = await newClaim();
    const rita = await actor("reviewer@example.com");
    const rafael = await actor("reviewer2@example.com");
    const verdict = await createVerdict(rita, claimId, content());
    await reviewVerdict(rafael, verdict.id, {
      decision: "request_changes",
      comment: "Cite a second count.",
      version: 1,
    });
    expect((await getClaimView(claimId))?.status).toBe("changes_requested");
    await reviseVerdict(rita, verdict.id, {
      ...content({ sources: [source, { ...source, url: "https://example.org/second" }] }),
      baseVersion: await lockOf(verdict.id),
    });
    expect((await getClaimView(claimId))?.status).toBe("in_review");
    await reviewVerdict(rafael, verdict.id, { decision: "approve", comment: null, version: 2 });
    expect((await getClaimView(claimId))?.status).toBe("approved");
    const revisions = await db.verdictRevision.findMany({
      where: { verdictId: verdict.id },
      include: { reviews: true, sources: true },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((r) => [r.version, r.reviews.map((x) => x.decision), r.sources.length])).toEqual([
      [1, ["request_changes"], 1],
      [2, ["approve"], 2],
    ]);
    // The same source URL is stored once and shared.
    expect(await db.source.count({ where: { url: source.url } })).toBe(1);
  });

  it.each([
    ["a self-approval", "reviewer@example.com", "You wrote this verdict"],
    ["an editor approving", "editor@example.com", "Only reviewers and admins"],
    ["a viewer approving", "viewer@example.com", "Only reviewers and admins"],
  ])("refuses %s", async (_name, email, message) => {
    const claimId = await newClaim();
    const verdict = await createVerdict(await actor("reviewer@example.com"), claimId, content());
    const error = await failure(
      reviewVerdict(await actor(email), verdict.id, { decision: "approve", comment: null, version: 1 }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toContain(message);
    expect(await db.review.count({ where: { verdictRevision: { verdictId: verdict.id } } })).toBe(0);
  });

  it("a viewer cannot comment; a reviewer can", async () => {
    const claimId = await newClaim();
    expect((await failure(addComment(await actor("viewer@example.com"), claimId, { body: "Hi" }))).code).toBe(
      "FORBIDDEN",
    );
    await addComment(await actor("reviewer@example.com"), claimId, { body: "Looking into it." });
    expect(await db.comment.count({ where: { claimId } })).toBe(1);
  });

  it("disagreeing verdicts dispute the claim until an editor picks the one that stands", async () => {
    const claimId = await newClaim();
    const keep = await createVerdict(
      await actor("reviewer@example.com"),
      claimId,
      content({ rating: "true" }),
    );
    await createVerdict(await actor("reviewer2@example.com"), claimId, content({ rating: "false" }));
    expect((await getClaimView(claimId))?.status).toBe("disputed");
    expect(await db.auditEvent.count({ where: { claimId, action: "claim.disputed" } })).toBe(1);
    expect(
      (
        await failure(
          resolveDispute(await actor("reviewer@example.com"), claimId, {
            keepVerdictId: keep.id,
            reason: "x",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    await resolveDispute(await actor("editor@example.com"), claimId, {
      keepVerdictId: keep.id,
      reason: "Better sourced.",
    });
    expect((await getClaimView(claimId))?.status).toBe("in_review");
    const closed = await db.verdict.findFirstOrThrow({ where: { claimId, state: "closed" } });
    expect(closed.closedReason).toBe("Better sourced.");
  });
});
