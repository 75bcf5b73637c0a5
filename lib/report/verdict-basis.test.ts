import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { renderClaimCardHtml } from "../public-article/render-claim-card";
import { renderPublicReportHtml } from "../public-article/render-public-report";
import { buildBasedOnReport, importedBasis, ownBasis } from "./fixtures/based-on-report";
import { copyDemoReport } from "./fixtures/demo-report";
import { HOSTILE_TEXT } from "./fixtures/hostile-report";
import { loadAssertions, runAssertions } from "./fixtures/w3c-suite";
import { renderClaimReviews } from "./render-claimreview";
import { CSV_HEADER, renderReportCsv } from "./render-csv";
import { renderReportHtml } from "./render-html";
import { renderReportJson } from "./render-json";
import { renderReportMarkdown } from "./render-markdown-report";
import { renderW3cAnnotations } from "./render-w3c";
import { reportJsonSchema } from "./report-json-schema";
import type { ReportModel } from "./report-model";
import { sortClaimsIntoSections } from "./report-sections";
import { checkGoogleClaimReview } from "./testing/claimreview-google";
import { checkSchemaOrgNode } from "./testing/schema-org-vocabulary";
import { basisHref, withAbsoluteBasisUrls } from "./verdict-basis";

const SITE = "https://factcheck.example.org/public/reports/art-kursk";
const OWN_URL = "https://factcheck.example.org/public/reports/art-earlier#claim-2";

describe("basisHref", () => {
  it.each<[string, string | null, string | null, string | null]>([
    ["an https address", "https://checks.example/a b", SITE, "https://checks.example/a%20b"],
    ["an http address", "http://checks.example/x", null, "http://checks.example/x"],
    [
      "a same-site path",
      "/public/reports/a#claim-2",
      SITE,
      "https://factcheck.example.org/public/reports/a#claim-2",
    ],
    ["a same-site path without a site to put it on", "/public/reports/a", null, null],
    ["a same-site path on a site that is not http(s)", "/public/reports/a", "javascript:alert(1)", null],
    ["javascript:", "javascript:alert(document.cookie)", SITE, null],
    ["data:", "data:text/html,<script>alert(1)</script>", SITE, null],
    ["a protocol-relative address", "//evil.example/x", SITE, null],
    ["a backslash path (another host to a browser)", "/\\evil.example/x", SITE, null],
    ["a path whose tab the parser drops", "/\t/evil.example/x", SITE, null],
    ["a relative path", "public/reports/a", SITE, null],
    ["no address", null, SITE, null],
  ])("%s", (_name, url, site, expected) => {
    expect(basisHref(url, site)).toBe(expected);
  });
});

const based = buildBasedOnReport();
const [first, second] = sortClaimsIntoSections(based).checked;

/** Both bases hostile: markup, Markdown and formula payloads in every field, a javascript: address. */
const hostileBasis = {
  statement: HOSTILE_TEXT,
  ratingLabel: HOSTILE_TEXT,
  publisher: `=${HOSTILE_TEXT}`,
  url: "javascript:alert(document.cookie)",
  publishedAt: null,
};
const hostile = buildBasedOnReport(hostileBasis, { ...hostileBasis, url: "//evil.example/x" });

describe("the HTML report, the public pages and the PDF's HTML", () => {
  const html = renderReportHtml(based);

  it("says what each verdict was based on, linking the fact-check", () => {
    expect(html).toContain(
      `<p class="fc-based-on">Based on <a href="https://checks.example/kursk-troops" rel="noopener noreferrer">Other Checks&#39;s fact-check</a> (3 December 2024): “<span class="fc-lines">Up to 12,000 North Korean troops were sent to fight in Kursk.</span>” — rated Mostly true</p>`,
    );
    // The newsroom's own report, on the report's origin; no date known, so none shown.
    expect(html).toContain(
      `Based on <a href="${OWN_URL}" rel="noopener noreferrer">Fact-check desk&#39;s fact-check</a>: “`,
    );
    expect(html.match(/class="fc-based-on"/g)).toHaveLength(2);
  });

  it("the published report page and the claim card say it too", () => {
    expect(renderPublicReportHtml(based)).toContain(`href="https://checks.example/kursk-troops"`);
    expect(renderClaimCardHtml(based, first!.number)).toContain("Other Checks&#39;s fact-check");
    expect(renderClaimCardHtml(based, second!.number)).toContain(`href="${OWN_URL}"`);
  });

  it("shows nothing for verdicts written from scratch, or snapshots from before it was recorded", () => {
    const old = copyDemoReport();
    for (const claim of old.claims) if (claim.verdict) delete claim.verdict.basedOn;
    expect(renderReportHtml(old)).not.toContain("Based on");
    expect(renderReportHtml(copyDemoReport())).not.toContain("Based on");
  });

  it("escapes a hostile statement, rating and publisher, and links no javascript: or other-site address", () => {
    const page = renderReportHtml(hostile);
    expect(page).toContain(
      `Based on =&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;`,
    );
    expect(page).not.toContain("<script>alert(1)");
    expect(page).not.toMatch(/href="(javascript:|\/\/evil|https?:\/\/evil)/);
    expect(page.match(/class="fc-based-on">Based on <a /g)).toBeNull();
  });
});

describe("Markdown", () => {
  it("says it with a Markdown link", () => {
    const markdown = renderReportMarkdown(based);
    expect(markdown).toContain(
      "Based on [Other Checks's fact-check](https://checks.example/kursk-troops) (3 December 2024): “Up to 12,000 North Korean troops were sent to fight in Kursk.” — rated Mostly true\n",
    );
    expect(markdown).toContain(`Based on [Fact-check desk's fact-check](${OWN_URL}): “`);
  });

  it("escapes hostile text and drops the javascript: link", () => {
    const markdown = renderReportMarkdown(hostile);
    const line = markdown.split("\n").find((text) => text.startsWith("Based on"))!;
    expect(line).toContain("\\<img src=x");
    expect(line).toContain("\\[l\\](javascript:alert(2))");
    // Only the hostile text's own, escaped, "\\](javascript:" may appear: no link to it.
    expect(markdown).not.toMatch(/(?<!\\)\]\((javascript:|\/\/evil)/);
  });
});

describe("JSON", () => {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(reportJsonSchema);
  const claimOf = (model: ReportModel, number: number) =>
    renderReportJson(model).claims.find((claim) => claim.number === number)!;

  it("has a basedOn object with an absolute url, and validates against the schema", () => {
    expect(claimOf(based, first!.number).verdict?.basedOn).toEqual({
      statement: importedBasis.statement,
      rating: "Mostly true",
      publisher: "Other Checks",
      url: "https://checks.example/kursk-troops",
      publishedAt: "2024-12-03",
    });
    expect(claimOf(based, second!.number).verdict?.basedOn).toMatchObject({
      url: OWN_URL,
      publishedAt: null,
    });
    const json = JSON.parse(JSON.stringify(renderReportJson(based))) as unknown;
    expect(validate(json) ? "" : ajv.errorsText(validate.errors)).toBe("");
  });

  it("is null for a verdict written from scratch, and for old snapshots", () => {
    expect(
      renderReportJson(copyDemoReport()).claims.flatMap((claim) => claim.verdict?.basedOn ?? []),
    ).toEqual([]);
  });

  it("keeps hostile text as data and drops an address that is not http(s)", () => {
    const basis = claimOf(hostile, first!.number).verdict?.basedOn;
    expect(basis).toMatchObject({ statement: HOSTILE_TEXT, url: null });
    expect(claimOf(hostile, second!.number).verdict?.basedOn?.url).toBeNull();
  });
});

describe("CSV", () => {
  const rowOf = (csv: string, number: number) => {
    // The fixture's fields hold no line breaks in these two columns; the last two columns are the basis.
    const line = csv.split("\r\n").find((text) => text.startsWith(`${number},`))!;
    return line.split(",").slice(-2);
  };

  it("has based_on_url and based_on_publisher last", () => {
    expect(CSV_HEADER.slice(-2)).toEqual(["based_on_url", "based_on_publisher"]);
    const csv = renderReportCsv(based);
    expect(rowOf(csv, first!.number)).toEqual(["https://checks.example/kursk-troops", "Other Checks"]);
    expect(rowOf(csv, second!.number)).toEqual([OWN_URL, "Fact-check desk"]);
  });

  it("defuses a formula publisher and leaves out a javascript: address", () => {
    const csv = renderReportCsv(hostile);
    const line = csv.split("\r\n").find((text) => text.startsWith(`${first!.number},`))!;
    expect(line).toContain(`,"'=<img src=x onerror=""alert('x')""`);
    expect(line).not.toContain("javascript:alert(document.cookie)");
  });
});

describe("schema.org ClaimReview", () => {
  const reviewOf = (model: ReportModel, index: number) => renderClaimReviews(model).jsonLd[index]!;

  it("names the earlier fact-check in isBasedOn, valid for schema.org and Google's table", () => {
    const review = reviewOf(based, 0);
    expect(review.isBasedOn).toEqual({
      "@type": "ClaimReview",
      url: "https://checks.example/kursk-troops",
      claimReviewed: importedBasis.statement,
      author: { "@type": "Organization", name: "Other Checks" },
      datePublished: "2024-12-03",
      reviewRating: { "@type": "Rating", alternateName: "Mostly true" },
    });
    expect(reviewOf(based, 1).isBasedOn).toMatchObject({ url: OWN_URL, claimReviewed: ownBasis.statement });
    for (const item of renderClaimReviews(based).jsonLd) {
      const node = JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
      expect(checkSchemaOrgNode(node)).toEqual([]);
      expect(checkGoogleClaimReview(node).filter((finding) => finding.path.startsWith("isBasedOn"))).toEqual(
        [],
      );
    }
    expect(reviewOf(copyDemoReport(), 0)).not.toHaveProperty("isBasedOn");
  });

  it("leaves out an address that is not http(s)", () => {
    expect(reviewOf(hostile, 0).isBasedOn).not.toHaveProperty("url");
    expect(reviewOf(hostile, 1).isBasedOn).not.toHaveProperty("url");
  });
});

describe("W3C Web Annotations", () => {
  const annotationMusts = loadAssertions("annotations/annotationMusts.test");
  const annotationsOf = (model: ReportModel) =>
    renderW3cAnnotations(model, { baseUrl: "https://factcheck.example.org" }).first.items;
  const linksOf = (model: ReportModel, index: number) =>
    annotationsOf(model)[index]!.body.flatMap((body) =>
      body.type === "SpecificResource" ? [body.source.id] : [],
    );
  const indexOf = (model: ReportModel, claimId: string) =>
    annotationsOf(model).findIndex((annotation) => annotation.id.endsWith(`#claim-${claimId}`));

  it("links the earlier fact-check in a linking body, and still passes the suite's MUSTs", () => {
    expect(linksOf(based, indexOf(based, first!.id))).toEqual(["https://checks.example/kursk-troops"]);
    expect(linksOf(based, indexOf(based, second!.id))).toEqual([OWN_URL]);
    for (const annotation of annotationsOf(based))
      expect(runAssertions(annotationMusts, JSON.parse(JSON.stringify(annotation)))).toEqual([]);
  });

  it("links nothing that is not http(s) or on the report's site", () => {
    expect(linksOf(hostile, indexOf(hostile, first!.id))).toEqual([]);
    expect(linksOf(hostile, indexOf(hostile, second!.id))).toEqual([]);
  });
});

describe("withAbsoluteBasisUrls (downloads)", () => {
  it("puts a same-site path on the app's origin when the report has no public address yet", () => {
    const unpublished = { ...buildBasedOnReport(), reportUrl: null, publication: null };
    const resolved = withAbsoluteBasisUrls(unpublished, "https://desk.example");
    const [one, two] = sortClaimsIntoSections(resolved).checked;
    expect(one!.verdict.basedOn?.url).toBe("https://checks.example/kursk-troops");
    expect(two!.verdict.basedOn?.url).toBe("https://desk.example/public/reports/art-earlier#claim-2");
    expect(renderReportHtml(resolved)).toContain(
      `href="https://desk.example/public/reports/art-earlier#claim-2"`,
    );
  });

  it("uses the report's own origin once it has one, and empties an address that may not be linked", () => {
    const resolved = withAbsoluteBasisUrls(hostile, "https://desk.example");
    expect(sortClaimsIntoSections(resolved).checked[0]!.verdict.basedOn?.url).toBeNull();
    const published = withAbsoluteBasisUrls(buildBasedOnReport(), "https://desk.example");
    expect(sortClaimsIntoSections(published).checked[1]!.verdict.basedOn?.url).toBe(OWN_URL);
  });
});
