import { describe, it, expect } from "vitest";
import { copyDemoReport, demoReport } from "./fixtures/demo-report";
import { buildHostileReport } from "./fixtures/hostile-report";
import { renderReportBody, renderReportHtml, reportStyles } from "./render-html";

const html = renderReportHtml(demoReport);

/** The markup of one claim, from its anchor to the end of its section or list item. */
function claimMarkup(document: string, number: number): string {
  const start = document.indexOf(`id="claim-${number}"`);
  if (start === -1) throw new Error(`claim ${number} not rendered`);
  const end = document
    .slice(start)
    .search(/<\/section>|<\/li>\n<li class="fc-pending-claim"|<\/ol>\n<\/section>/);
  return document.slice(start, start + end);
}

describe("renderReportHtml: a self-contained document", () => {
  it("is one complete HTML document", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(html.match(/<html/g)).toHaveLength(1);
    expect(html).toContain("<title>Fact check: North Korea confirms its troops");
  });

  it.each([
    ["no scripts", /<script/i],
    ["no external stylesheets", /<link/i],
    ["no images", /<img/i],
    ["no iframes or objects", /<(iframe|object|embed)/i],
    ["no src attributes", /\ssrc=/i],
    ["no CSS @import", /@import/i],
    ["no CSS url() but data: fonts", /url\((?!data:font\/woff2;base64,)/i],
  ])("makes no external request: %s", (_name, pattern) => {
    expect(html).not.toMatch(pattern);
  });

  it("forbids requests in its Content-Security-Policy, except for its own data: fonts", () => {
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:;/,
    );
  });

  it("ships the fonts its text needs and uses them before the system fonts", () => {
    const style = html.slice(html.indexOf("<style>"), html.indexOf("</style>"));
    expect(style).toMatch(/@font-face \{ font-family: "Noto Sans"; font-style: normal; font-weight: 700;/);
    expect(style).not.toContain('font-family: "Noto Sans SC"');
    // Its font-family comes after reportStyles' and so wins.
    expect(style.lastIndexOf("body, .fc-report { font-family:")).toBeGreaterThan(
      style.indexOf(".fc-report { --fc-ink"),
    );
    expect(style).toMatch(
      /\.fc-report \{ font-family: "Noto Sans", "Noto Emoji", "Noto Sans SC", system-ui,/,
    );
  });

  it("embeds the Chinese subsets a report with Chinese text needs", () => {
    const model = copyDemoReport();
    model.claims[0]!.statement = "中文声明";
    expect(renderReportHtml(model)).toContain('@font-face { font-family: "Noto Sans SC"');
  });

  it("does not start the not-yet-checked claims on a page of their own when printed", () => {
    expect(html).not.toMatch(/\.fc-pending \{[^}]*break-before: (page|always)/);
    expect(html).toContain(".fc-report .fc-approval { break-before: avoid;");
  });

  it("has a print stylesheet that prints URLs and keeps claims with their headings", () => {
    expect(html).toContain("@media print");
    expect(html).toContain('a[href]::after { content: " (" attr(href) ")"');
    expect(html).toMatch(/h3[^{]*\{ break-after: avoid/);
    expect(html).toMatch(/\.fc-claim-head[^{]*\{ break-inside: avoid/);
    expect(html).toMatch(/\.fc-no-print \{ display: none !important; \}/);
  });

  it("is deterministic", () => {
    expect(renderReportHtml(demoReport)).toBe(html);
  });
});

describe("renderReportHtml: content", () => {
  it("names the article, links its source and dates the report by its publication", () => {
    expect(html).toContain("by Paul Godfrey · Washington DC (UPI) Apr 28, 2025 · published 28 April 2025");
    expect(html).toContain('<a href="https://www.upi.com/Top_News/World-News/2025/04/28/');
    expect(html).toContain("Published 30 April 2025 (version 2)");
  });

  it("dates an unpublished report by when it was generated", () => {
    const model = copyDemoReport();
    model.publication = null;
    expect(renderReportHtml(model)).toContain("Generated 30 April 2025, 12:00 UTC; not published");
  });

  it("renders a table in a rationale as a table, with the report's table styles", () => {
    const model = copyDemoReport();
    const verdict = model.claims.find((claim) => claim.verdict)!.verdict!;
    verdict.rationale =
      "Official figures:\n\n| Year | Deaths |\n|---|---:|\n| 2023 | 1,204 |\n| 2024 | 987 |";
    const document = renderReportHtml(model);
    expect(document).toContain("<th>Year</th>\n<th>Deaths</th>");
    expect(document).toContain("<td>2024</td>\n<td>987</td>");
    expect(document).not.toContain("| Year |");
    expect(document).toContain(".fc-report .fc-rationale th, .fc-report .fc-rationale td { border:");
  });

  it("summarises: claims checked, counts by rating, the chart", () => {
    expect(html).toContain("<strong>6 of 10 claims checked.</strong> 4 claims are still being checked.");
    expect(html).toMatch(/True<\/span> 4<\/li>/);
    expect(html).toContain('<svg class="fc-chart"');
  });

  it("lists the checked claims in article order with their anchors", () => {
    const order = [...html.matchAll(/<section class="fc-claim" id="claim-(\d+)"/g)].map((m) => Number(m[1]));
    expect(order).toEqual([1, 2, 6, 7, 10, 11]);
  });

  it("shows a checked claim completely", () => {
    const claim = claimMarkup(html, 2);
    expect(claim).toContain(
      "Pyongyang and Moscow signed a mutual defence pact (the &quot;Comprehensive Strategic Partnership&quot;)",
    );
    expect(claim).toContain("Claimant: UPI");
    expect(claim).toContain(
      "<mark>a mutual defense pact signed by Pyongyang and Moscow in June</mark>.</p></blockquote>",
    );
    expect(claim).toContain(
      'style="--fc-rating-color:#15803d"><span class="fc-rating-code" aria-hidden="true">T</span>True</span>',
    );
    expect(claim).toContain("Article 4 is the mutual-defence clause.");
    expect(claim).toContain("<em>military assistance</em>");
    expect(claim).toMatch(
      /<ol class="fc-sources"><li><a href="http:\/\/en.kremlin.ru\/supplement\/6158"[^>]*>Treaty on Comprehensive Strategic Partnership between Russia &amp; the DPRK<\/a>, President of Russia\. Accessed 29 April 2025\. <a href="https:\/\/web.archive.org\/[^"]*"[^>]*>Archived copy<\/a>/,
    );
    expect(claim).toContain(
      "Verdict by Rui Second-Reviewer. Approved by Rosa Reviewer on 29 April 2025, 11:40 UTC.",
    );
  });

  it("shows no access date for a source cited without one", () => {
    const model = copyDemoReport();
    for (const claim of model.claims)
      for (const source of claim.verdict?.sources ?? []) source.accessedAt = null;
    const html = renderReportBody(model);
    expect(html).not.toContain("Accessed");
    expect(html).toMatch(
      /Treaty on Comprehensive Strategic Partnership between Russia &amp; the DPRK<\/a>, President of Russia\. <a href="https:\/\/web\.archive\.org/,
    );
  });

  it("says when a claim has no claimant", () => {
    expect(claimMarkup(html, 6)).toContain("Claimant: not attributed");
  });

  it("never links a source or archive that is not http(s)", () => {
    const claim = claimMarkup(html, 10);
    expect(claim).not.toContain("javascript:");
    expect(claim).not.toContain("Archived copy");
  });

  it("leaves names out when the model hides them", () => {
    const model = copyDemoReport();
    for (const claim of model.claims) {
      if (!claim.verdict) continue;
      claim.verdict.author = null;
      for (const review of claim.verdict.reviews) review.reviewer = null;
    }
    const claim = claimMarkup(renderReportHtml(model), 2);
    expect(claim).toContain('<p class="fc-approval">Approved on 29 April 2025, 11:40 UTC.</p>');
    expect(claim).not.toMatch(/Rosa|Rui/);
  });

  it("separates the claims not yet checked, with status and without unapproved ratings", () => {
    const pending = html.slice(html.indexOf('<section class="fc-pending"'));
    expect(pending).toContain('<h2 id="fc-pending-heading">Not yet checked</h2>');
    expect(pending).toContain("Claim 3: North Korean troops helped Russia recapture Kursk");
    expect(pending).toContain("Status: Disputed");
    expect(pending).toContain("Status: Needs verdict");
    expect(pending).not.toContain("fc-rating");
    expect(pending).not.toMatch(/Mostly true|Misleading|Unproven/);
  });

  it("leaves the pending section out when asked", () => {
    const hidden = renderReportHtml(demoReport, { includePending: false });
    expect(hidden).not.toContain("Not yet checked");
    expect(hidden).not.toContain('id="claim-3"');
    expect(hidden).toContain('id="claim-1"');
  });

  it("never shows a dismissed claim", () => {
    expect(html).not.toContain("sacred mission");
    expect(html).not.toContain('id="claim-5"');
  });
});

describe("renderReportHtml: hostile text", () => {
  const hostile = renderReportHtml(buildHostileReport());

  it.each([
    ["no injected elements", /<(script|img)\b/i],
    ["no javascript: or data: links", /href="(javascript|data):/i],
    ["no injected CSS", /url\((?!data:font\/woff2;base64,)|evil\.example/],
  ])("%s", (_name, pattern) => {
    expect(hostile).not.toMatch(pattern);
  });

  it("has no injected attributes in any real tag", () => {
    const tags = hostile.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(100);
    for (const tag of tags) expect(tag).not.toMatch(/\son[a-z]+=|javascript:/i);
  });

  it("shows the text literally", () => {
    expect(hostile).toContain("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;");
    expect(hostile).toContain("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; **bold**");
  });
});

describe("renderReportBody and reportStyles, for embedding", () => {
  it("is the document's <article>", () => {
    const body = renderReportBody(demoReport);
    expect(body.startsWith('<article class="fc-report" lang="en">')).toBe(true);
    expect(body.endsWith("</article>")).toBe(true);
    expect(html).toContain(body);
  });

  it("scopes every rule under .fc-report (or the host's .fc-no-print)", () => {
    const selectors = [...reportStyles.matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((m) =>
      (m[1] ?? "").split(",").map((selector) => selector.trim()),
    );
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) expect(selector).toMatch(/^\.fc-(report|no-print)\b/);
  });
});
