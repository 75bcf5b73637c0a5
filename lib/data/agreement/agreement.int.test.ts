import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { content } from "@/lib/data/verdicts/verdict-test-fixtures";

// Agreement loaded from a real seeded database (SQLite, or PostgreSQL with
// TEST_POSTGRES_URL), written through the app's own use cases: verdicts,
// approvals, a request for changes, a resolved dispute and a dismissal.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { insertArticle } = await import("@/lib/data/articles/insert-article");
const { syncStatuses } = await import("@/lib/data/statuses/sync-statuses");
const { createVerdict } = await import("@/lib/data/verdicts/create-verdict");
const { reviewVerdict } = await import("@/lib/data/verdicts/review-verdict");
const { resolveDispute } = await import("@/lib/data/verdicts/resolve-dispute");
const { buildReportModel } = await import("@/lib/data/reports/build-report-model");
const { exportReport } = await import("@/lib/data/reports/export-report");
const { reportJsonSchema } = await import("@/lib/report/report-json-schema");
const { getArticleAgreement } = await import("./get-article-agreement");
const { getQualityReport } = await import("./get-quality-report");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const SENTENCES = ["Taxes rose.", "Crime fell.", "Jobs grew.", "Rents doubled.", "Wages froze."];

/** An article with one claim per sentence; returns its id and the claim ids in order. */
async function articleWithClaims(title: string) {
  const editor = await actor("editor@example.com");
  const text = SENTENCES.join(" ");
  return db.$transaction(async (tx) => {
    const article = await insertArticle(
      tx,
      { title, byline: null, dateline: null, publishedAt: null, sourceUrl: null, text },
      editor.id,
    );
    const claimIds: string[] = [];
    for (const sentence of SENTENCES) {
      const start = text.indexOf(sentence);
      const claim = await tx.claim.create({
        data: {
          articleId: article.id,
          anchoredRevision: 1,
          exact: sentence,
          start,
          end: start + sentence.length,
          statement: sentence,
        },
      });
      claimIds.push(claim.id);
    }
    await syncStatuses(tx, { articleIds: [article.id] });
    return { articleId: article.id, claimIds };
  });
}

const verdictBy = async (email: string, claimId: string, rating: string) =>
  (await createVerdict(await actor(email), claimId, content({ rating }))).id;

const review = async (email: string, verdictId: string, decision: "approve" | "request_changes") =>
  reviewVerdict(await actor(email), verdictId, {
    decision,
    version: 1,
    comment: decision === "approve" ? null : "Check the second source.",
  });

/** Moves every submission and review on the claim to `iso`: the data's dates decide the range it counts in. */
async function dateClaim(claimId: string, iso: string) {
  const at = new Date(iso);
  await db.verdictRevision.updateMany({ where: { verdict: { claimId } }, data: { submittedAt: at } });
  await db.review.updateMany({
    where: { verdictRevision: { verdict: { claimId } } },
    data: { createdAt: at },
  });
}

// The figures of the fixture, worked by hand (see agreement-figures.test.ts):
// True/True, False/Mostly false and Mixed/Mixed on the ordinal scale.
const HAND_ALPHA = 1 - 1 / 3 / 6.6;

let fixture: { articleId: string; claimIds: string[] };
const TITLE = "Agreement fixture";

beforeAll(async () => {
  fixture = await articleWithClaims(TITLE);
  const [agreed, disputed, sentBack, approved, dismissed] = fixture.claimIds as [
    string,
    string,
    string,
    string,
    string,
  ];
  // 1. Rita says True; Rafael approves: both True.
  await review("reviewer2@example.com", await verdictBy("reviewer@example.com", agreed, "true"), "approve");
  // 2. A dispute, resolved for Rafael: Rita's closed verdict still counts. False against Mostly false.
  await verdictBy("reviewer@example.com", disputed, "false");
  const standing = await verdictBy("reviewer2@example.com", disputed, "mostly-false");
  await resolveDispute(await actor("editor@example.com"), disputed, {
    keepVerdictId: standing,
    reason: "The second count is the official one.",
  });
  // 3. Rafael asks for changes: no value from him, so the claim is not pairable.
  await review(
    "reviewer2@example.com",
    await verdictBy("reviewer@example.com", sentBack, "mixed"),
    "request_changes",
  );
  // 4. Both Mixed.
  await review(
    "reviewer2@example.com",
    await verdictBy("reviewer@example.com", approved, "mixed"),
    "approve",
  );
  // 5. Disagreement on a claim later dismissed: left out.
  await verdictBy("reviewer@example.com", dismissed, "true");
  await verdictBy("reviewer2@example.com", dismissed, "false");
  await db.claim.update({
    where: { id: dismissed },
    data: { dismissedAt: new Date(), dismissedReason: "Opinion." },
  });

  // Dated far from the demo data, so the range holds only this fixture.
  await dateClaim(agreed, "2011-03-02T09:00:00Z");
  await dateClaim(disputed, "2011-03-15T12:00:00Z");
  await dateClaim(sentBack, "2011-03-20T12:00:00Z");
  await dateClaim(approved, "2011-04-01T00:00:00Z"); // the first instant of April
  await dateClaim(dismissed, "2011-03-21T12:00:00Z");
});

describe("getArticleAgreement", () => {
  it("computes the article's ordinal alpha and raw agreement from the stored verdicts and reviews", async () => {
    const figures = await getArticleAgreement(fixture.articleId);
    expect(figures.alpha).toBeCloseTo(HAND_ALPHA, 12);
    expect(figures).toMatchObject({ rawAgreement: 2 / 3, pairableClaims: 3, reviewers: 2, reason: null });
  });

  it("says why when no claim has two reviewers' values", async () => {
    const lonely = await articleWithClaims("One reviewer only");
    await verdictBy("reviewer@example.com", lonely.claimIds[0]!, "true");
    expect(await getArticleAgreement(lonely.articleId)).toEqual({
      alpha: null,
      rawAgreement: null,
      pairableClaims: 0,
      reviewers: 0,
      reason: "no_pairable_claims",
    });
  });
});

describe("getQualityReport", () => {
  it("counts a claim in the range its latest value falls in, the last day included", async () => {
    const admin = await actor("admin@example.com");
    const march = await getQualityReport(admin, { from: "2011-03-01", to: "2011-03-31" });
    // Claim 4's approval is at 2011-04-01T00:00Z, so March keeps claims 1–3 (3 is not pairable).
    expect(march.ratedClaims).toBe(3);
    expect(march.overall).toMatchObject({ pairableClaims: 2, rawAgreement: 1 / 2, reviewers: 2 });
    const both = await getQualityReport(admin, { from: "2011-03-01", to: "2011-04-01" });
    expect(both.overall.alpha).toBeCloseTo(HAND_ALPHA, 12);
    expect(both.months.map(({ month, pairableClaims, reason }) => [month, pairableClaims, reason])).toEqual([
      ["2011-03", 2, null],
      ["2011-04", 1, "single_rating"],
    ]);
  });

  it("gives each reviewer pair, by name, and each article, by title", async () => {
    const report = await getQualityReport(await actor("admin@example.com"), {
      from: "2011-03-01",
      to: "2011-04-30",
    });
    expect(report.pairs).toHaveLength(1);
    expect([...report.pairs[0]!.names].sort()).toEqual(["Rafael Reviewer", "Rita Reviewer"]);
    expect(report.pairs[0]).toMatchObject({ pairableClaims: 3, rawAgreement: 2 / 3 });
    expect(report.articles).toEqual([
      expect.objectContaining({ articleId: fixture.articleId, title: TITLE, pairableClaims: 3 }),
    ]);
  });

  it("is empty, with the reason, for a range without ratings", async () => {
    const report = await getQualityReport(await actor("admin@example.com"), {
      from: "1999-01-01",
      to: "1999-01-31",
    });
    expect(report).toMatchObject({ ratedClaims: 0, pairs: [], articles: [] });
    expect(report.overall.reason).toBe("no_pairable_claims");
  });

  it.each(["editor@example.com", "reviewer@example.com", "viewer@example.com"])(
    "refuses %s: admins only",
    async (email) => {
      const error = await failure(
        getQualityReport(await actor(email), { from: "2011-03-01", to: "2011-03-31" }),
      );
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toBe("Only admins can see how far reviewers agree.");
    },
  );
});

describe("the report's JSON download", () => {
  it("carries the article's agreement and validates against the published schema", async () => {
    const model = await buildReportModel(fixture.articleId, { audience: "internal", reportUrl: null });
    const file = await exportReport(model, "json", { includePending: true, baseUrl: "http://localhost" });
    const json = JSON.parse(String(file.body));
    expect(json.agreement).toEqual({
      alpha: Number(HAND_ALPHA.toFixed(3)),
      rawAgreement: 0.667,
      pairableClaims: 3,
      reviewers: 2,
      reason: null,
    });
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats(ajv);
    const validate = ajv.compile(reportJsonSchema);
    expect(validate(json) ? "" : ajv.errorsText(validate.errors)).toBe("");
  });
});
