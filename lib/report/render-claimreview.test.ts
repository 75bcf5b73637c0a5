import jsonld from "jsonld";
import type { JsonLdObj, RemoteDocument } from "jsonld/jsonld-spec";
import { describe, it, expect } from "vitest";
import { copyDemoReport, demoReport } from "./fixtures/demo-report";
import { renderClaimReviews } from "./render-claimreview";

/*
 * Tests never touch the network, so the processor gets schema.org's context
 * from this loader. The real context (schema.org/docs/jsonldcontext.jsonld)
 * is a large list of term definitions; `@vocab` alone gives every term the
 * same IRI (schema.org's own context currently uses the http:// vocabulary,
 * this stand-in https://). What the test proves is that the document is
 * well-formed JSON-LD whose every key and type expands to a schema.org
 * IRI, with nothing dropped.
 */
const SCHEMA_ORG = "https://schema.org/";
const localContexts: Record<string, JsonLdObj> = {
  "https://schema.org": { "@context": { "@vocab": SCHEMA_ORG } },
  "https://schema.org/": { "@context": { "@vocab": SCHEMA_ORG } },
  "http://schema.org": { "@context": { "@vocab": SCHEMA_ORG } },
  "http://schema.org/": { "@context": { "@vocab": SCHEMA_ORG } },
};
const documentLoader = async (url: string): Promise<RemoteDocument> => {
  const document = localContexts[url];
  if (!document) throw new Error(`The test loader refuses to fetch ${url}.`);
  return { contextUrl: undefined, documentUrl: url, document };
};

const { jsonLd, warnings } = renderClaimReviews(demoReport);

/** All property IRIs used anywhere in an expanded document. */
function propertyIrisOf(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) propertyIrisOf(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (!key.startsWith("@")) found.add(key);
      propertyIrisOf(child, found);
    }
  }
  return found;
}

describe("renderClaimReviews", () => {
  it("has one ClaimReview per approved claim, in article order", () => {
    expect(jsonLd.map((review) => review.url)).toEqual(
      [1, 2, 6, 7, 10, 11].map((n) => `https://factcheck.example.org/public/reports/art-kursk#claim-${n}`),
    );
  });

  it("fills the required and recommended fields", () => {
    expect(jsonLd[0]).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://factcheck.example.org/public/reports/art-kursk#claim-1",
      claimReviewed:
        "North Korean troops are fighting in the ranks of the Russian Army in its war against Ukraine, as Pyongyang now confirms.",
      author: {
        "@type": "Organization",
        name: "Fact-check desk — Zürich & Kyiv",
        url: "https://factcheck.example.org/",
      },
      datePublished: "2025-04-30",
      dateModified: "2025-04-30",
      reviewRating: {
        "@type": "Rating",
        alternateName: "True",
        ratingValue: 5,
        bestRating: 5,
        worstRating: 1,
      },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "North Korea's Central Military Commission" },
        datePublished: "2025-04-28",
        appearance: {
          "@type": "CreativeWork",
          url: "https://www.upi.com/Top_News/World-News/2025/04/28/north-korea-confirms-troops-fighting-russia/1234567890/",
        },
      },
    });
  });

  it("gives a textual rating without numbers when the rating is off the numeric scale", () => {
    expect(jsonLd.at(-1)?.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unproven" });
  });

  it("warns where the markup breaks a recommendation", () => {
    expect(warnings).toEqual([
      "The organisation has no https logo address in the settings, so `author.logo` (recommended, shown by fact-check aggregators) is left out.",
      "The page carries 6 ClaimReview items; Google shows its single fact-check rich result only for pages with exactly one.",
      "Claim 1: `claimReviewed` is 120 characters; Google recommends under 75 so it does not wrap on phones.",
      "Claim 2: `claimReviewed` is 107 characters; Google recommends under 75 so it does not wrap on phones.",
      "Claim 6: `claimReviewed` is 87 characters; Google recommends under 75 so it does not wrap on phones.",
      "Claim 6: no claimant, so `itemReviewed.author` (recommended) is left out.",
      "Claim 7: `claimReviewed` is 109 characters; Google recommends under 75 so it does not wrap on phones.",
      "Claim 11: “Unproven” has no numeric value, so ratingValue, bestRating and worstRating (recommended) are left out; the textual rating still shows.",
    ]);
    expect(jsonLd.find((review) => review.url?.endsWith("#claim-6"))?.itemReviewed.author).toBeUndefined();
  });

  it.each<[string, (model: ReturnType<typeof copyDemoReport>) => void, string, (review: object) => unknown]>([
    ["no report URL", (m) => (m.reportUrl = null), "lacks `url`, which Google requires", (r) => "url" in r],
    ["an unsafe report URL", (m) => (m.reportUrl = "javascript:alert(1)"), "lacks `url`", (r) => "url" in r],
    [
      "no organisation URL",
      (m) => (m.organization.url = null),
      "`author.url`",
      (r) => "url" in (r as { author: object }).author,
    ],
    [
      "no article date",
      (m) => (m.article.publishedAt = null),
      "`itemReviewed.datePublished`",
      (r) => "datePublished" in (r as { itemReviewed: object }).itemReviewed,
    ],
    [
      "no article URL",
      (m) => (m.article.sourceUrl = null),
      "`itemReviewed.appearance`",
      (r) => "appearance" in (r as { itemReviewed: object }).itemReviewed,
    ],
  ])("still renders, and warns, with %s", (_name, change, warning, hasField) => {
    const model = copyDemoReport();
    change(model);
    const result = renderClaimReviews(model);
    expect(result.jsonLd).toHaveLength(6);
    expect(result.warnings.filter((line) => line.includes(warning))).toHaveLength(1);
    for (const review of result.jsonLd) expect(hasField(review)).toBe(false);
  });

  it("puts the organisation's https logo in author.logo as an ImageObject, and drops the warning", () => {
    const model = copyDemoReport();
    model.organization.logoUrl = "https://factcheck.example.org/logo.png";
    const result = renderClaimReviews(model);
    for (const review of result.jsonLd) {
      expect(review.author).toEqual({
        "@type": "Organization",
        name: "Fact-check desk — Zürich & Kyiv",
        url: "https://factcheck.example.org/",
        logo: { "@type": "ImageObject", url: "https://factcheck.example.org/logo.png" },
      });
    }
    expect(result.warnings.filter((line) => line.includes("`author.logo`"))).toEqual([]);
  });

  it.each([
    ["no logo (a snapshot from before the setting)", undefined],
    ["an empty logo", null],
    ["an http logo", "http://factcheck.example.org/logo.png"],
    ["a script address", "javascript:alert(1)"],
  ])("leaves author.logo out, and warns, with %s", (_name, logoUrl) => {
    const model = copyDemoReport();
    model.organization = { name: model.organization.name, url: model.organization.url };
    if (logoUrl !== undefined) model.organization.logoUrl = logoUrl;
    const result = renderClaimReviews(model);
    for (const review of result.jsonLd) expect(review.author).not.toHaveProperty("logo");
    expect(result.warnings.filter((line) => line.includes("`author.logo`"))).toHaveLength(1);
  });

  it("a republished report keeps its first publication date and shows the latest as dateModified", () => {
    const model = copyDemoReport();
    model.publication = {
      version: 3,
      publishedAt: "2025-05-12T09:00:00.000Z",
      firstPublishedAt: "2025-04-30T08:00:00.000Z",
    };
    const [review] = renderClaimReviews(model).jsonLd;
    expect(review).toMatchObject({ datePublished: "2025-04-30", dateModified: "2025-05-12" });
  });

  it("an unpublished report has no dates and no warning about them: publishing fills them in", () => {
    const model = copyDemoReport();
    model.publication = null;
    const result = renderClaimReviews(model);
    for (const review of result.jsonLd) {
      expect(review).not.toHaveProperty("datePublished");
      expect(review).not.toHaveProperty("dateModified");
    }
    expect(result.warnings.filter((line) => /date(Published|Modified)`/.test(line))).toEqual([]);
  });

  it("has nothing to say about a report without approved claims", () => {
    const model = copyDemoReport();
    model.claims = model.claims.filter((claim) => claim.status !== "approved");
    expect(renderClaimReviews(model)).toEqual({ jsonLd: [], warnings: [] });
  });

  it("puts a one-line claimReviewed", () => {
    const model = copyDemoReport();
    const first = model.claims[0];
    if (!first) throw new Error("fixture");
    first.statement = "  Troops\nare   fighting. ";
    expect(renderClaimReviews(model).jsonLd[0]?.claimReviewed).toBe("Troops are fighting.");
  });

  it("is valid JSON-LD that expands to schema.org terms, without the network", async () => {
    for (const review of jsonLd) {
      const expanded = await jsonld.expand(JSON.parse(JSON.stringify(review)), { documentLoader });
      expect(expanded).toHaveLength(1);
      const node = expanded[0] as Record<string, unknown>;
      expect(node["@type"]).toEqual([`${SCHEMA_ORG}ClaimReview`]);
      const iris = propertyIrisOf(expanded);
      for (const term of [
        "url",
        "claimReviewed",
        "author",
        "datePublished",
        "reviewRating",
        "alternateName",
        "itemReviewed",
      ]) {
        expect(iris).toContain(`${SCHEMA_ORG}${term}`);
      }
      // Every key survived expansion: none was dropped as an unknown term.
      for (const iri of iris) expect(iri.startsWith(SCHEMA_ORG)).toBe(true);
    }
    const [first] = await jsonld.expand(JSON.parse(JSON.stringify(jsonLd[0])), { documentLoader });
    expect(first).toMatchObject({
      [`${SCHEMA_ORG}claimReviewed`]: [{ "@value": expect.stringContaining("North Korean troops") }],
      [`${SCHEMA_ORG}itemReviewed`]: [
        {
          "@type": [`${SCHEMA_ORG}Claim`],
          [`${SCHEMA_ORG}author`]: [{ "@type": [`${SCHEMA_ORG}Organization`] }],
          [`${SCHEMA_ORG}appearance`]: [{ "@type": [`${SCHEMA_ORG}CreativeWork`] }],
        },
      ],
    });
  });

  it("refuses a context it does not know, so the test cannot pass by fetching", async () => {
    await expect(
      jsonld.expand({ "@context": "https://example.org/ctx", name: "x" }, { documentLoader }),
    ).rejects.toThrow();
  });
});
