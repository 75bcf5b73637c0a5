import { describe, expect, it } from "vitest";
import { copyDemoReport } from "../report/fixtures/demo-report";
import { buildHostileReport, HOSTILE_TEXT } from "../report/fixtures/hostile-report";
import { renderClaimCardHtml } from "./render-claim-card";
import { buildTestArticleReport, findInjections } from "./testing-model";

describe("renderClaimCardHtml", () => {
  it("shows one checked claim: quote, statement, claimant, rating, summary, rationale and sources", () => {
    const model = buildTestArticleReport();
    const claim = model.claims[0]!;
    const html = renderClaimCardHtml(model, 1)!;
    expect(html).toContain(`<mark>The bridge cost 40 million euros</mark>`);
    expect(html).toContain("Statement 1");
    expect(html).toContain(`Claimant: North Korea&#39;s Central Military Commission`);
    expect(html).toContain(`<span class="fc-rating-code" aria-hidden="true">T</span>True</span>`);
    expect(html).toContain(
      "North Korea, Russia, Ukraine, the US and South Korea now all confirm the deployment.",
    );
    expect(html).toContain("<strong>Central Military Commission</strong>");
    expect(html).toContain(`href="${claim.verdict!.sources[0]!.url}"`);
    expect(html).not.toContain("Statement 2");
  });

  it("links to the claim in the full report, in a new tab rather than inside the frame", () => {
    const html = renderClaimCardHtml(buildTestArticleReport(), 2)!;
    expect(html).toContain(
      `<a href="https://factcheck.example.org/public/reports/art-bridge#claim-2" target="_blank" rel="noopener">Read the full fact-check`,
    );
    expect(html).toContain(
      `<link rel="canonical" href="https://factcheck.example.org/public/reports/art-bridge/claims/2">`,
    );
    expect(html).toContain(`<meta name="description" content="False: `);
    // Every other link (sources, the organisation) leaves the frame too.
    expect(html).toContain(`<base target="_blank">`);
  });

  it.each([
    ["a pending claim", 4],
    ["an unknown number", 99],
    ["zero", 0],
  ])("is null (404) for %s", (_name, number) => {
    expect(renderClaimCardHtml(buildTestArticleReport(), number)).toBeNull();
  });

  it("is null for a dismissed claim and for an approved claim without its verdict", () => {
    const model = copyDemoReport();
    const dismissed = model.claims.find((claim) => claim.status === "dismissed")!;
    expect(renderClaimCardHtml(model, dismissed.number)).toBeNull();
    const approved = model.claims.find((claim) => claim.status === "approved")!;
    expect(renderClaimCardHtml(model, approved.number)).not.toBeNull();
    approved.verdict = null;
    expect(renderClaimCardHtml(model, approved.number)).toBeNull();
  });

  it("shows hostile text as text and links nowhere unsafe", () => {
    const model = buildHostileReport();
    const number = model.claims.find((claim) => claim.status === "approved")!.number;
    const html = renderClaimCardHtml(model, number)!;
    expect(html).not.toContain(HOSTILE_TEXT);
    expect(findInjections(html)).toEqual([]);
    // No http(s) report URL: the link stays on this site.
    expect(html).toContain(`<a href="/public/reports/art-kursk#claim-${number}" target="_blank"`);
  });
});
