import { afterAll, describe, expect, it } from "vitest";
import { claimDetailResponse, claimResource } from "@/lib/api/schemas/claim";
import type { CreateClaimInput } from "@/lib/schemas/claim";
import { addVerdict, expectToMatchSchema, insertTestArticle } from "@/lib/data/articles/api-test-helpers";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";

// Integration tests against a real, migrated SQLite database.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { createClaim } = await import("./create-claim");
const { updateClaim } = await import("./update-claim");
const { listClaims } = await import("./list-claims");
const { getClaimDetailResource } = await import("./get-claim-detail-resource");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const text =
  "The mayor said 300 homes were built. The council said 300 homes were planned.\n\nIn 2024, 120 were finished.";

async function newArticle() {
  return insertTestArticle(await actor("editor@example.com"), text);
}

const bySelector = (
  selector: Extract<CreateClaimInput, { selector: unknown }>["selector"],
): CreateClaimInput => ({
  selector,
  type: "other",
});

describe("marking a claim by selector", () => {
  it.each<[string, CreateClaimInput, { exact: string; start: number }]>([
    ["a unique quote", bySelector({ exact: "120 were finished" }), { exact: "120 were finished", start: 88 }],
    [
      "a quote picked by its prefix",
      bySelector({ exact: "300 homes", prefix: "council said " }),
      { exact: "300 homes", start: 54 },
    ],
    [
      "a quote picked by its suffix",
      bySelector({ exact: "300 homes were", suffix: " built" }),
      { exact: "300 homes were", start: 15 },
    ],
    [
      "a position, taken as given (no snapping to words)",
      bySelector({ start: 16, end: 24 }),
      { exact: "00 homes", start: 16 },
    ],
  ])("%s", async (_name, input, expected) => {
    const editor = await actor("editor@example.com");
    const articleId = await newArticle();
    const claim = await createClaim(editor, articleId, input);
    expectToMatchSchema(claim, claimResource);
    expect(claim.selector).toMatchObject({ ...expected, end: expected.start + expected.exact.length });
    expect(text.slice(claim.selector.start, claim.selector.end)).toBe(expected.exact);
    expect(claim).toMatchObject({
      statement: expected.exact,
      anchoredRevision: 1,
      status: "needs_verdict",
      currentVerdict: null,
    });
  });

  it.each<[string, CreateClaimInput, string, string]>([
    [
      "a quote not in the text",
      bySelector({ exact: "400 homes" }),
      "selector.exact",
      "That quote is not in the article's current text.",
    ],
    [
      "a quote appearing twice",
      bySelector({ exact: "300 homes" }),
      "selector.exact",
      "That quote appears 2 times; add a prefix or suffix to pick one.",
    ],
    [
      "a position past the end",
      bySelector({ start: 100, end: 200 }),
      "selector.end",
      "The position lies outside the article's current text (it has 106 characters).",
    ],
  ])("refuses %s with a field error, writing nothing", async (_name, input, field, message) => {
    const articleId = await newArticle();
    const error = await failure(createClaim(await actor("editor@example.com"), articleId, input));
    expect(error.code).toBe("VALIDATION");
    expect(error.details?.fields).toEqual({ [field]: message });
    expect(await db.claim.count({ where: { articleId } })).toBe(0);
  });

  it("places the quote in the current revision", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await newArticle();
    const revised = text.replace("In 2024", "Last year");
    await db.$transaction([
      db.article.update({ where: { id: articleId }, data: { revision: 2 } }),
      db.articleRevision.create({ data: { articleId, number: 2, text: revised } }),
    ]);
    expect((await failure(createClaim(editor, articleId, bySelector({ exact: "In 2024" })))).code).toBe(
      "VALIDATION",
    );
    const claim = await createClaim(editor, articleId, bySelector({ exact: "Last year" }));
    expect(claim).toMatchObject({ anchoredRevision: 2, selector: { start: revised.indexOf("Last year") } });
  });

  it("moves a claim with a selector too", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await newArticle();
    const claim = await createClaim(editor, articleId, bySelector({ exact: "120 were finished" }));
    const moved = await updateClaim(editor, claim.id, {
      version: claim.version,
      selector: { exact: "In 2024, 120" },
    });
    expect(moved).toMatchObject({ version: 2, selector: { exact: "In 2024, 120", start: 79 } });
    const events = await db.auditEvent.findMany({ where: { claimId: claim.id }, orderBy: { at: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["claim.marked", "claim.respanned"]);
  });

  it("answers NOT_FOUND for an unknown article", async () => {
    const error = await failure(
      createClaim(await actor("editor@example.com"), "no-such-article", bySelector({ exact: "x" })),
    );
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("listing an article's claims", () => {
  /** Four claims: waiting, approved as false, in review as true, dismissed. */
  async function reviewedArticle() {
    const editor = await actor("editor@example.com");
    const reviewer = await actor("reviewer@example.com");
    const reviewer2 = await actor("reviewer2@example.com");
    const articleId = await newArticle();
    const mark = (exact: string, prefix?: string) =>
      createClaim(editor, articleId, bySelector({ exact, prefix }));
    const dismissed = await mark("In 2024");
    const approved = await mark("300 homes were built", "mayor said ");
    const waiting = await mark("120 were finished");
    const inReview = await mark("300 homes were planned");
    await addVerdict(approved.id, reviewer, "false", {
      approvedBy: reviewer2,
      summary: "Only 120 were built.",
    });
    await addVerdict(inReview.id, reviewer, "true");
    await db.claim.update({
      where: { id: dismissed.id },
      data: { dismissedAt: new Date(), dismissedReason: "A date." },
    });
    return { articleId, approved, waiting, inReview, dismissed };
  }

  it("lists every claim in text order, each with the verdict deciding its status", async () => {
    const { articleId, approved, waiting, inReview, dismissed } = await reviewedArticle();
    const claims = await listClaims(await actor("viewer@example.com"), articleId, {});
    for (const claim of claims) expectToMatchSchema(claim, claimResource);
    expect(claims.map((claim) => claim.id)).toEqual([approved.id, inReview.id, dismissed.id, waiting.id]);
    expect(claims.map((claim) => claim.status)).toEqual([
      "approved",
      "in_review",
      "dismissed",
      "needs_verdict",
    ]);
    expect(claims[0]?.currentVerdict).toMatchObject({
      state: "submitted",
      version: 1,
      rating: { key: "false", label: "False" },
      summary: "Only 120 were built.",
      review: { approvals: 1, changesRequested: false, approved: true },
    });
    expect(claims[1]?.currentVerdict?.rating.key).toBe("true");
    expect(claims[2]?.dismissedReason).toBe("A date.");
    expect(claims[3]?.currentVerdict).toBeNull();
  });

  it.each<[string, { status?: "approved" | "needs_verdict" | "disputed"; rating?: string }, string[]]>([
    ["status", { status: "approved" }, ["approved"]],
    ["status with no match", { status: "disputed" }, []],
    ["rating of an approved verdict", { rating: "false" }, ["approved"]],
    ["rating of a verdict in review", { rating: "true" }, ["inReview"]],
    ["rating and status together", { rating: "true", status: "approved" }, []],
    ["rating nobody used", { rating: "misleading" }, []],
  ])("filters by %s", async (_name, filters, expected) => {
    const article = await reviewedArticle();
    const claims = await listClaims(await actor("viewer@example.com"), article.articleId, filters);
    const ids = { approved: article.approved.id, inReview: article.inReview.id };
    expect(claims.map((claim) => claim.id)).toEqual(expected.map((name) => ids[name as keyof typeof ids]));
  });

  it("refuses a rating key that does not exist", async () => {
    const { articleId } = await reviewedArticle();
    const error = await failure(listClaims(await actor("viewer@example.com"), articleId, { rating: "fake" }));
    expect(error.code).toBe("VALIDATION");
    expect(error.details?.fields).toHaveProperty("rating");
  });

  it("has no deciding verdict while verdicts disagree", async () => {
    const { articleId, waiting } = await reviewedArticle();
    await addVerdict(waiting.id, await actor("reviewer@example.com"), "false");
    await addVerdict(waiting.id, await actor("reviewer2@example.com"), "true");
    const [disputed] = await listClaims(await actor("viewer@example.com"), articleId, { status: "disputed" });
    expect(disputed).toMatchObject({ id: waiting.id, currentVerdict: null });
    expect(disputed?.ratings.map((rating) => rating.key).sort()).toEqual(["false", "true"]);
  });

  it("answers NOT_FOUND for an unknown article", async () => {
    expect((await failure(listClaims(await actor("viewer@example.com"), "no-such-article", {}))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("reading one claim", () => {
  it("returns the claim with its verdicts, comments and timeline, as the document describes", async () => {
    const editor = await actor("editor@example.com");
    const articleId = await newArticle();
    const claim = await createClaim(editor, articleId, bySelector({ exact: "120 were finished" }));
    await addVerdict(claim.id, await actor("reviewer@example.com"), "false", {
      approvedBy: await actor("reviewer2@example.com"),
    });
    await db.comment.create({ data: { claimId: claim.id, authorId: editor.id, body: "Source?" } });
    const detail = await getClaimDetailResource(await actor("viewer@example.com"), claim.id);
    expectToMatchSchema(detail, claimDetailResponse);
    expect(detail).toMatchObject({
      claim: { id: claim.id, status: "approved", selector: { exact: "120 were finished" } },
      article: { id: articleId, title: "Test article" },
      comments: [{ body: "Source?" }],
    });
    expect(detail.verdicts).toHaveLength(1);
    expect(detail.timeline.map((entry) => entry.kind)).toContain("marked");
  });

  it("answers NOT_FOUND for an unknown claim", async () => {
    expect(
      (await failure(getClaimDetailResource(await actor("viewer@example.com"), "no-such-claim"))).code,
    ).toBe("NOT_FOUND");
  });
});
