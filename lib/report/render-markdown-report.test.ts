import MarkdownIt from "markdown-it";
import { describe, it, expect } from "vitest";
import { parse } from "yaml";
import { copyDemoReport, demoReport } from "./fixtures/demo-report";
import { buildHostileReport, HOSTILE_TEXT } from "./fixtures/hostile-report";
import { renderReportMarkdown } from "./render-markdown-report";

// Raw HTML on: the report must be safe even in a renderer that passes HTML through.
const permissive = new MarkdownIt({ html: true, linkify: false });
const headings = (html: string) =>
  [...html.matchAll(/<(h[1-6])>(.*?)<\/h[1-6]>/g)].map((m) => `${m[1]} ${m[2]}`);

describe("renderReportMarkdown", () => {
  const markdown = renderReportMarkdown(demoReport);
  const html = permissive.render(markdown);

  it("has the report's outline and nothing else as headings", () => {
    expect(headings(html)).toEqual([
      "h1 Fact check: North Korea confirms its troops are fighting for Russia in war against Ukraine",
      "h2 Summary",
      "h2 Checked claims",
      "h3 Claim 1: North Korean troops are fighting in the ranks of the Russian Army in its war against Ukraine, as Pyongyang now confirms.",
      "h3 Claim 2: Pyongyang and Moscow signed a mutual defence pact (the &quot;Comprehensive Strategic Partnership&quot;) in June 2024.",
      "h3 Claim 6: This is the first time North Korea has admitted sending troops to support Russia's war.",
      "h3 Claim 7: North Korea sent &quot;up to 12,000&quot; troops, by US, South Korean and Ukrainian estimates, to Kursk in autumn 2024.",
      "h3 Claim 10: Ukraine captured two Chinese citizens fighting in the Russian army.",
      "h3 Claim 11: Zelensky said 155 more Chinese citizens 🇨🇳 fight for Russia.",
      "h2 Not yet checked",
      "h3 Claim 3: North Korean troops helped Russia recapture Kursk province from Ukrainian forces.",
      "h3 Claim 4: Ukrainian forces occupied parts of Kursk region about eight months earlier.",
      "h3 Claim 8: About 4,000 North Korean soldiers have been killed or injured.",
      "h3 Claim 9: North Korean forces have not fought a war in more than five decades.",
    ]);
  });

  it("names the publication it belongs to: version, date and the public address", () => {
    expect(markdown).toContain("- **Report:** Published 30 April 2025 (version 2)");
    expect(markdown).toContain(
      "- **Published at:** [https://factcheck.example.org/public/reports/art-kursk](https://factcheck.example.org/public/reports/art-kursk)",
    );
    const unpublished = copyDemoReport();
    unpublished.publication = null;
    expect(renderReportMarkdown(unpublished)).not.toContain("Published at");
  });

  it("shows no access date for a source cited without one", () => {
    const model = copyDemoReport();
    for (const claim of model.claims)
      for (const source of claim.verdict?.sources ?? []) source.accessedAt = null;
    const text = renderReportMarkdown(model);
    expect(text).not.toContain("Accessed");
    expect(text).toContain(", President of Russia.");
    expect(markdown).toContain("Accessed 29 April 2025.");
  });

  it("reads as plain text: ordinary text carries no escapes", () => {
    expect(markdown).toContain("**6 of 10 claims checked.** 4 claims are still being checked.");
    expect(markdown).toContain("- **Claimant:** United States, South Korea and Ukraine");
    expect(markdown).toContain(
      "**Rating: Mostly true (MT)**: Estimates ranged from 10,000 to 12,000 troops in the first deployment. South Korea's NIS said about 11,000.",
    );
    expect(markdown).toContain(
      "> Earlier this month, Ukrainian President Volodymyr Zelensky claimed **two Chinese citizens fighting in the Russian army had been taken prisoner**.",
    );
  });

  it("escapes Markdown in user text so it renders literally", () => {
    expect(html).toContain("&quot;groundless&quot; *fake news* [sic] #propaganda.");
    expect(html).toContain("&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; stays text.");
  });

  it("keeps the rationale's Markdown inside a blockquote, defused", () => {
    expect(html).toContain("<blockquote>\n<p>The <strong>Central Military Commission</strong>");
    expect(html).toContain("<table>");
    expect(html).toContain("# Not a heading in the report");
    expect(html).not.toContain('href="javascript');
  });

  it("links sources, archives and the article only over http(s)", () => {
    const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? "");
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(link).toMatch(/^https?:\/\//);
    expect(markdown).toContain(
      "[Archived copy](https://web.archive.org/web/2024/http://en.kremlin.ru/supplement/6158)",
    );
  });

  it("lists the claims not yet checked with their status, never an unapproved rating", () => {
    const pending = markdown.slice(markdown.indexOf("## Not yet checked"));
    expect(pending).toContain("- **Status:** Disputed");
    expect(pending).not.toMatch(/Rating:|Misleading|Unproven/);
  });

  it("leaves the pending section out when asked, and dismissed claims always", () => {
    const hidden = renderReportMarkdown(demoReport, { includePending: false });
    expect(hidden).not.toContain("Not yet checked");
    expect(hidden).not.toContain("Claim 3:");
    expect(markdown).not.toContain("sacred mission");
  });

  it("says a claim has no claimant and leaves hidden names out", () => {
    const model = copyDemoReport();
    for (const claim of model.claims) {
      if (claim.verdict) claim.verdict.author = null;
      for (const review of claim.verdict?.reviews ?? []) review.reviewer = null;
    }
    const anonymous = renderReportMarkdown(model);
    expect(anonymous).toContain("_Approved on 29 April 2025, 14:03 UTC._");
    expect(anonymous).not.toMatch(/Rosa|Rui|Ada Admin/);
    expect(markdown).toContain("- **Claimant:** not attributed");
  });

  it("is deterministic", () => {
    expect(renderReportMarkdown(demoReport)).toBe(markdown);
  });
});

describe("renderReportMarkdown: hostile text", () => {
  const markdown = renderReportMarkdown(buildHostileReport());
  const html = permissive.render(markdown);

  it("injects no HTML, links or headings", () => {
    expect(html).not.toMatch(/<(script|img)\b/i);
    expect(html).not.toMatch(/href="(?!https?:)/);
    expect(headings(html).filter((heading) => heading.startsWith("h1"))).toHaveLength(1);
    expect(headings(html).filter((heading) => heading.startsWith("h2"))).toHaveLength(3);
  });

  it("shows the hostile text literally", () => {
    const escapedForHtml = HOSTILE_TEXT.replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
    expect(html).toContain(`h1>Fact check: ${escapedForHtml}</h1>`);
  });
});

/** The YAML between the opening `---` and the next `---` line, and what follows it. */
function splitFrontMatter(markdown: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error(`No front matter at the start of:\n${markdown.slice(0, 200)}`);
  return { yaml: match[1] ?? "", body: match[2] ?? "" };
}

describe("renderReportMarkdown: YAML front matter", () => {
  it("is left out unless asked for", () => {
    expect(renderReportMarkdown(demoReport).startsWith("# Fact check:")).toBe(true);
    expect(renderReportMarkdown(demoReport, { frontMatter: false })).toBe(renderReportMarkdown(demoReport));
  });

  it("comes first, then the same report", () => {
    const { yaml, body } = splitFrontMatter(renderReportMarkdown(demoReport, { frontMatter: true }));
    expect(body).toBe(renderReportMarkdown(demoReport));
    expect(parse(yaml)).toEqual({
      title: "North Korea confirms its troops are fighting for Russia in war against Ukraine",
      date: "2025-04-30T10:00:00.000Z",
      url: "https://factcheck.example.org/public/reports/art-kursk",
      sourceUrl:
        "https://www.upi.com/Top_News/World-News/2025/04/28/north-korea-confirms-troops-fighting-russia/1234567890/",
      organization: "Fact-check desk — Zürich & Kyiv",
      version: 2,
      ratings: [
        {
          claim: 1,
          statement:
            "North Korean troops are fighting in the ranks of the Russian Army in its war against Ukraine, as Pyongyang now confirms.",
          rating: "True",
        },
        {
          claim: 2,
          statement:
            'Pyongyang and Moscow signed a mutual defence pact (the "Comprehensive Strategic Partnership") in June 2024.',
          rating: expect.any(String),
        },
        { claim: 6, statement: expect.any(String), rating: expect.any(String) },
        { claim: 7, statement: expect.any(String), rating: expect.any(String) },
        { claim: 10, statement: expect.any(String), rating: expect.any(String) },
        {
          claim: 11,
          statement: "Zelensky said 155 more Chinese citizens 🇨🇳 fight for Russia.",
          rating: "Unproven",
        },
      ],
    });
  });

  it("dates an unpublished report by when it was generated, with no address or version", () => {
    const model = copyDemoReport();
    model.publication = null;
    model.reportUrl = null;
    const { yaml } = splitFrontMatter(renderReportMarkdown(model, { frontMatter: true }));
    expect(parse(yaml)).toMatchObject({ date: "2025-04-30T12:00:00.000Z", url: null, version: null });
  });

  it.each([
    ["a colon and a hash", "Minister: 'we won' # not a comment"],
    ["quotes of both kinds", `He said "no" and 'yes' and “maybe”`],
    ["a document marker", "---"],
    ["a document marker on its own line", "Before\n---\nAfter"],
    ["line breaks and indentation", "one\n  two\n\nthree: four\n"],
    ["YAML syntax", "[a, b]: {c: d} & *ref !!str |"],
    ["values YAML would retype", "null"],
    ["a number-like string", "0x1F"],
    ["hostile HTML and Markdown", HOSTILE_TEXT],
  ])("round-trips %s through yaml.parse", (_name, hostile) => {
    const model = copyDemoReport();
    model.article.title = hostile;
    model.organization.name = hostile;
    const first = model.claims.find((claim) => claim.status === "approved");
    if (!first?.verdict) throw new Error("fixture");
    first.statement = hostile;
    first.verdict.rating = { ...first.verdict.rating, label: hostile };
    const markdown = renderReportMarkdown(model, { frontMatter: true });
    const { yaml, body } = splitFrontMatter(markdown);
    const data = parse(yaml);
    expect(data.title).toBe(hostile);
    expect(data.organization).toBe(hostile);
    expect(data.ratings[0]).toEqual({ claim: first.number, statement: hostile, rating: hostile });
    expect(body.startsWith("# Fact check:")).toBe(true);
  });

  it("keeps unsafe addresses out", () => {
    const { yaml } = splitFrontMatter(renderReportMarkdown(buildHostileReport(), { frontMatter: true }));
    expect(parse(yaml)).toMatchObject({ url: null, sourceUrl: null });
  });
});
