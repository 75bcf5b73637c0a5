import { describe, it, expect } from "vitest";
import { escapeHtml } from "../report/escape";
import { copyDemoReport } from "../report/fixtures/demo-report";
import { buildHostileReport, HOSTILE_TEXT } from "../report/fixtures/hostile-report";
import { jsonForScript } from "./json-for-script";
import { renderPublicReportHtml } from "./render-public-report";

/** The JSON-LD blocks of a page, as a parser sees them: the text up to the first `</script`. */
function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script/gi)].map(
    (match) => match[1]!,
  );
}

describe("jsonForScript", () => {
  it.each([["</script><script>alert(1)</script>"], ["<!--<script>"], ["\u2028\u2029"], ["$' $` $&"]])(
    "%s stays one JSON string that a <script> element cannot end early",
    (text) => {
      const json = jsonForScript({ text });
      expect(json).not.toMatch(/<|\u2028|\u2029/);
      expect(JSON.parse(json)).toEqual({ text });
    },
  );
});

describe("renderPublicReportHtml", () => {
  // Found by e2e/security/xss.spec.ts: String.replace with a replacement string expanded these
  // patterns from a claim statement into copies of the page inside the JSON-LD, which then did not parse.
  it.each(["$'", "$`", "$&", "$$", "$<name>", "$1"])("keeps %s in a statement as text", (pattern) => {
    const model = copyDemoReport();
    for (const claim of model.claims) claim.statement = `Claim ${pattern} end`;
    const html = renderPublicReportHtml(model, { notice: `<p role="note">notice ${pattern}</p>` });
    const blocks = jsonLdBlocks(html);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(JSON.parse(block).claimReviewed).toBe(`Claim ${pattern} end`);
    expect(html.match(/<head>/g)).toHaveLength(1);
    expect(html.match(/<body[^>]*>/g)).toHaveLength(1);
    expect(html).toContain(`<body><p role="note">notice ${pattern}</p>`);
  });

  it("renders a table in a rationale as a table on the public page", () => {
    const model = copyDemoReport();
    model.claims.find((claim) => claim.verdict)!.verdict!.rationale =
      "| Year | Deaths |\n|---|---|\n| 2023 | 1,204 |";
    const html = renderPublicReportHtml(model);
    expect(html).toContain("<table>\n<thead>\n<tr>\n<th>Year</th>");
    expect(html).toContain("<td>1,204</td>");
  });

  it("describes itself: canonical, description, Open Graph and Twitter card, and links to the annotated article", () => {
    const model = copyDemoReport();
    model.reportUrl = "https://factcheck.example.org/public/reports/a1";
    model.article.id = "a1";
    const html = renderPublicReportHtml(model);
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain(`<link rel="canonical" href="https://factcheck.example.org/public/reports/a1">`);
    expect(head).toContain(
      `<meta property="og:url" content="https://factcheck.example.org/public/reports/a1">`,
    );
    expect(head).toMatch(/<meta name="description" content="\d+ claims checked: [^"]+">/);
    expect(head).toContain(`<meta property="og:site_name" content="${escapeHtml(model.organization.name)}">`);
    expect(head).toContain(`<meta name="twitter:card" content="summary">`);
    expect(html).toContain(`<a href="/public/reports/a1/article"`);
    expect(renderPublicReportHtml(model, { articlePath: "/public/reports/a1/versions/2/article" })).toContain(
      `<a href="/public/reports/a1/versions/2/article"`,
    );
  });

  it("escapes hostile text in the metadata and leaves out a javascript: canonical", () => {
    const html = renderPublicReportHtml(buildHostileReport());
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).not.toContain(HOSTILE_TEXT);
    expect(head).not.toContain("<img");
    expect(head).not.toMatch(/(href|content)="javascript:/);
    expect(head).not.toContain(`rel="canonical"`);
    expect(head).toContain(
      `<meta property="og:site_name" content="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;`,
    );
  });
});
