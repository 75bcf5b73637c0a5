import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, it, expect } from "vitest";
import { copyDemoReport, demoReport, demoText } from "./fixtures/demo-report";
import { renderReportJson } from "./render-json";
import { reportJsonSchema } from "./report-json-schema";

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(reportJsonSchema);

/** Validate as a consumer would: after a JSON round trip. */
function errorsOf(value: unknown): string {
  return validate(JSON.parse(JSON.stringify(value))) ? "" : ajv.errorsText(validate.errors);
}

describe("renderReportJson", () => {
  const json = renderReportJson(demoReport);

  it("validates against the published JSON Schema", () => {
    expect(errorsOf(json)).toBe("");
  });

  it.each([
    ["with the article text", renderReportJson(demoReport, { includeArticleText: true })],
    ["without pending claims", renderReportJson(demoReport, { includePending: false })],
    [
      "with hidden names and no publication",
      renderReportJson({ ...copyDemoReport(), publication: null, reportUrl: null }),
    ],
  ])("validates %s", (_name, variant) => {
    expect(errorsOf(variant)).toBe("");
  });

  it("names its schema's URL as $schema when given, first, and still validates", () => {
    const withSchema = renderReportJson(demoReport, {
      schemaUrl: "https://factcheck.example.org/public/schemas/report-1.0.json",
    });
    expect(Object.keys(withSchema)[0]).toBe("$schema");
    expect(withSchema.$schema).toBe("https://factcheck.example.org/public/schemas/report-1.0.json");
    expect(errorsOf(withSchema)).toBe("");
    expect(json).not.toHaveProperty("$schema");
  });

  it("is versioned and dated", () => {
    expect(json.schemaVersion).toBe("1.0");
    expect(json.reportDate).toBe("2025-04-30T10:00:00.000Z");
  });

  it("lists checked and not-yet-checked claims in article order, never dismissed ones", () => {
    expect(json.claims.map((claim) => [claim.number, claim.status])).toEqual([
      [1, "approved"],
      [2, "approved"],
      [3, "disputed"],
      [4, "in_review"],
      [6, "approved"],
      [7, "approved"],
      [8, "changes_requested"],
      [9, "needs_verdict"],
      [10, "approved"],
      [11, "approved"],
    ]);
    expect(
      renderReportJson(demoReport, { includePending: false }).claims.map((claim) => claim.number),
    ).toEqual([1, 2, 6, 7, 10, 11]);
  });

  it("carries selectors that locate each quote in the article text", () => {
    for (const claim of json.claims) {
      expect(demoText.slice(claim.selector.start, claim.selector.end)).toBe(claim.selector.exact);
    }
  });

  it("carries verdicts with sources and reviews", () => {
    const claim = json.claims.find((candidate) => candidate.number === 2);
    expect(claim?.verdict).toMatchObject({
      rating: { key: "true", label: "True", value: 5 },
      rationaleFormat: "text/markdown",
      sources: [{ url: "http://en.kremlin.ru/supplement/6158", accessedAt: "2025-04-29" }],
      reviews: [{ reviewer: "Rosa Reviewer", decision: "approve" }],
      approvedAt: "2025-04-29T11:40:00.000Z",
    });
  });

  it("summarises counts, by rating in scale order", () => {
    expect(json.summary).toMatchObject({ claimsMarked: 11, checked: 6, notYetChecked: 4, dismissed: 1 });
    expect(json.summary.byRating.map((entry) => entry.count)).toEqual([4, 1, 0, 0, 0, 0, 1]);
  });

  it("carries the organisation's logo, null when none is set or the snapshot predates it", () => {
    const model = copyDemoReport();
    model.organization.logoUrl = "https://factcheck.example.org/logo.png";
    const withLogo = renderReportJson(model);
    expect(withLogo.organization).toEqual({
      name: "Fact-check desk — Zürich & Kyiv",
      url: "https://factcheck.example.org",
      logoUrl: "https://factcheck.example.org/logo.png",
    });
    expect(errorsOf(withLogo)).toBe("");
    expect(json.organization.logoUrl).toBeNull();
    const value = JSON.parse(JSON.stringify(withLogo));
    value.organization.logoUrl = 42;
    expect(validate(value)).toBe(false);
  });

  it("carries the reviewers' agreement when given, to three decimals, and still validates", () => {
    const withAgreement = renderReportJson(demoReport, {
      agreement: { alpha: 0.94949494, rawAgreement: 2 / 3, pairableClaims: 3, reviewers: 2, reason: null },
    });
    expect(withAgreement.agreement).toEqual({
      alpha: 0.949,
      rawAgreement: 0.667,
      pairableClaims: 3,
      reviewers: 2,
      reason: null,
    });
    expect(errorsOf(withAgreement)).toBe("");
    expect(json).not.toHaveProperty("agreement");
  });

  it("carries null figures with the reason when agreement cannot be computed", () => {
    const none = renderReportJson(demoReport, {
      agreement: {
        alpha: null,
        rawAgreement: null,
        pairableClaims: 0,
        reviewers: 0,
        reason: "no_pairable_claims",
      },
    });
    expect(none.agreement).toMatchObject({ alpha: null, rawAgreement: null, reason: "no_pairable_claims" });
    expect(errorsOf(none)).toBe("");
    const value = JSON.parse(JSON.stringify(none));
    value.agreement.reason = "not enough";
    expect(validate(value)).toBe(false);
    delete value.agreement.reason;
    expect(validate(value)).toBe(false);
  });

  it("leaves the article text out unless asked", () => {
    expect("text" in json.article).toBe(false);
    expect(renderReportJson(demoReport, { includeArticleText: true }).article.text).toBe(demoText);
  });

  it("does not leak fields the model gains later", () => {
    const model = copyDemoReport();
    Object.assign(model.article, { internalNote: "x" });
    expect(errorsOf(renderReportJson(model))).toBe("");
  });

  it.each([
    ["a missing field", (value: Record<string, unknown>) => delete value.reportDate],
    ["an unknown field", (value: Record<string, unknown>) => (value.extra = 1)],
    [
      "a bad status",
      (value: { claims: Array<{ status: string }> }) =>
        ((value.claims[0] ?? { status: "" }).status = "maybe"),
    ],
    ["a bad date", (value: Record<string, unknown>) => (value.generatedAt = "yesterday")],
  ])("the schema rejects %s", (_name, breakIt) => {
    const value = JSON.parse(JSON.stringify(json));
    breakIt(value);
    expect(validate(value)).toBe(false);
  });
});
