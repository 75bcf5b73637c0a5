import { describe, expect, it } from "vitest";
import { copyDemoReport } from "../report/fixtures/demo-report";
import { HOSTILE_TEXT } from "../report/fixtures/hostile-report";
import { describeFindings, renderPageMetadata } from "./page-metadata";
import { siblingPublicUrl } from "./public-urls";
import { buildTestArticleReport } from "./testing-model";

describe("describeFindings", () => {
  it("counts the checked claims by rating and says how many are still being checked", () => {
    expect(describeFindings(buildTestArticleReport())).toBe(
      "4 claims checked: 3 True, 1 False. 1 claim is still being checked.",
    );
  });

  it("says when nothing is checked yet", () => {
    const model = buildTestArticleReport();
    model.claims = model.claims.filter((claim) => claim.number === 4);
    expect(describeFindings(model)).toBe("No claim has been checked yet. 1 claim is still being checked.");
    model.claims = [];
    expect(describeFindings(model)).toBe("No claim has been checked yet.");
  });

  it("leaves dismissed claims out", () => {
    const model = copyDemoReport();
    const dismissed = model.claims.filter((claim) => claim.status === "dismissed").length;
    expect(dismissed).toBeGreaterThan(0);
    expect(describeFindings(model)).not.toContain(`${model.claims.length} claims`);
  });
});

describe("renderPageMetadata", () => {
  const tags = renderPageMetadata({
    title: HOSTILE_TEXT,
    description: `"${HOSTILE_TEXT}`,
    canonicalUrl: 'https://factcheck.example.org/public/reports/a?x=1&y="2"',
    siteName: HOSTILE_TEXT,
  });

  it.each([
    [`<link rel="canonical" href="https://factcheck.example.org/public/reports/a?x=1&amp;y=&quot;2&quot;">`],
    [`<meta property="og:type" content="article">`],
    [
      `<meta property="og:url" content="https://factcheck.example.org/public/reports/a?x=1&amp;y=&quot;2&quot;">`,
    ],
    [`<meta name="twitter:card" content="summary">`],
  ])("has %s", (tag) => {
    expect(tags).toContain(tag);
  });

  it.each([
    "description",
    "og:title",
    "og:description",
    "og:site_name",
    "twitter:title",
    "twitter:description",
  ])("has %s, escaped", (name) => {
    const match = new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)">`).exec(tags);
    expect(match).not.toBeNull();
    expect(match![1]).toContain("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;");
  });

  it("leaves canonical and og:url out without a URL", () => {
    const without = renderPageMetadata({ title: "t", description: "d", canonicalUrl: null, siteName: "s" });
    expect(without).not.toMatch(/canonical|og:url/);
    expect(without).not.toContain("alternate");
  });

  it("links the page's oEmbed answer and both feeds on the canonical origin", () => {
    const page = renderPageMetadata({
      title: "t",
      description: "d",
      canonicalUrl: "https://factcheck.example.org/public/reports/a",
      siteName: "s",
    });
    expect(page).toContain(
      `<link rel="alternate" type="application/json+oembed" href="https://factcheck.example.org/public/oembed?url=https%3A%2F%2Ffactcheck.example.org%2Fpublic%2Freports%2Fa&amp;format=json"`,
    );
    expect(page).toContain(
      `type="application/atom+xml" href="https://factcheck.example.org/public/feeds/atom.xml"`,
    );
    expect(page).toContain(
      `type="application/feed+json" href="https://factcheck.example.org/public/feeds/feed.json"`,
    );
  });

  it("shows the organisation's logo in link previews only when it is an http(s) address", () => {
    const base = { title: "t", description: "d", canonicalUrl: null, siteName: "s" };
    expect(renderPageMetadata({ ...base, imageUrl: "https://news.example/logo.png" })).toContain(
      `<meta property="og:image" content="https://news.example/logo.png">`,
    );
    expect(renderPageMetadata({ ...base, imageUrl: "javascript:alert(1)" })).not.toContain("og:image");
    expect(renderPageMetadata(base)).not.toContain("og:image");
  });
});

describe("siblingPublicUrl", () => {
  it.each<[string | null, string | null]>([
    [
      "https://factcheck.example.org/public/reports/a",
      "https://factcheck.example.org/public/reports/a/article",
    ],
    ["http://localhost:3000/public/reports/a#claim-1", "http://localhost:3000/public/reports/a/article"],
    ["javascript:alert(1)", null],
    [null, null],
  ])("%s → %s", (reportUrl, expected) => {
    expect(siblingPublicUrl(reportUrl, "/public/reports/a/article")).toBe(expected);
  });
});
