import { describe, expect, it } from "vitest";
import { copyDemoReport, demoReport } from "../fixtures/demo-report";
import { renderClaimReviews } from "../render-claimreview";
import type { ReportModel } from "../report-model";
import { checkGoogleClaimReview } from "./claimreview-google";
import { checkSchemaOrgNode } from "./schema-org-vocabulary";

/** A report as it is once published: logo set, every checked claim with a claimant. */
function publishedLikeModel(): ReportModel {
  const model = copyDemoReport();
  model.organization.logoUrl = "https://factcheck.example.org/logo.png";
  model.publication = {
    version: 3,
    publishedAt: "2025-05-12T09:00:00.000Z",
    firstPublishedAt: "2025-04-30T08:00:00.000Z",
  };
  for (const claim of model.claims) claim.claimant ??= "A spokesperson";
  return model;
}

const asNode = (review: object) => JSON.parse(JSON.stringify(review)) as Record<string, unknown>;

describe("Google's ClaimReview table", () => {
  it("finds a node missing what Google requires and recommends, and wrong types", () => {
    const findings = checkGoogleClaimReview({
      "@type": "ClaimReview",
      reviewRating: { "@type": "Rating" },
      itemReviewed: { "@type": "CreativeWork" },
    });
    expect(findings.map((finding) => `${finding.level} ${finding.path}`)).toEqual([
      "required claimReviewed",
      "required reviewRating.alternateName",
      "required url",
      "recommended author",
      "recommended author.name",
      "recommended author.url",
      "recommended datePublished",
      "recommended itemReviewed.author",
      "recommended itemReviewed.author.name",
      "recommended itemReviewed.datePublished",
      "recommended itemReviewed.appearance|itemReviewed.firstAppearance",
      "type itemReviewed",
    ]);
  });
});

describe("renderClaimReviews against Google's table and the schema.org vocabulary", () => {
  it("a published report with a logo breaks neither", () => {
    const { jsonLd } = renderClaimReviews(publishedLikeModel());
    expect(jsonLd).toHaveLength(6);
    for (const review of jsonLd) {
      expect(review.author.logo).toEqual({
        "@type": "ImageObject",
        url: "https://factcheck.example.org/logo.png",
      });
      expect(checkGoogleClaimReview(asNode(review))).toEqual([]);
      expect(checkSchemaOrgNode(asNode(review))).toEqual([]);
    }
  });

  it("the demo report fits the vocabulary, and misses from Google's table only what the editor is warned about", () => {
    const { jsonLd, warnings } = renderClaimReviews(demoReport);
    const google = jsonLd.flatMap((review) =>
      checkGoogleClaimReview(asNode(review)).map((finding) => `${review.url} ${finding.path}`),
    );
    expect(google).toEqual([
      "https://factcheck.example.org/public/reports/art-kursk#claim-6 itemReviewed.author",
      "https://factcheck.example.org/public/reports/art-kursk#claim-6 itemReviewed.author.name",
    ]);
    expect(warnings).toContain("Claim 6: no claimant, so `itemReviewed.author` (recommended) is left out.");
    for (const review of jsonLd) expect(checkSchemaOrgNode(asNode(review))).toEqual([]);
  });

  it("an unpublished report misses only url and datePublished, which publishing fills in", () => {
    const model = publishedLikeModel();
    model.publication = null;
    model.reportUrl = null;
    for (const review of renderClaimReviews(model).jsonLd) {
      expect(checkGoogleClaimReview(asNode(review)).map((finding) => finding.path)).toEqual([
        "url",
        "datePublished",
      ]);
    }
  });
});
