import { describe, expect, it } from "vitest";
import { buildHostileReport, HOSTILE_TEXT } from "../report/fixtures/hostile-report";
import { renderAnnotatedArticleHtml } from "./render-annotated-article";
import { buildTestArticleReport, findInjections, TEST_PARAGRAPHS } from "./testing-model";

const options = { reportPath: "/public/reports/art-bridge" };

/** The <p> elements of the article text. */
function paragraphsOf(html: string): string[] {
  const text = html.slice(html.indexOf(`<div class="pa-text">`), html.indexOf(`</section>`));
  return [...text.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => match[1]!);
}

/** What a reader sees of a paragraph, without the claim labels. */
function wordsOf(paragraph: string): string {
  return paragraph.replace(/<a class="pa-ref"[\s\S]*?<\/a>/g, "").replace(/<[^>]+>/g, "");
}

describe("renderAnnotatedArticleHtml", () => {
  const html = renderAnnotatedArticleHtml(buildTestArticleReport(), options);

  it("shows the article text, paragraph by paragraph, unchanged", () => {
    expect(paragraphsOf(html).map(wordsOf)).toEqual(TEST_PARAGRAPHS);
  });

  it("labels each checked claim once in the text, with its number and rating, linking to its verdict", () => {
    const labels = [...html.matchAll(/<a class="pa-ref" id="ref-claim-(\d+)" href="#claim-(\d+)">/g)];
    expect(labels.map((match) => [match[1], match[2]])).toEqual([
      ["1", "1"],
      ["2", "2"],
      ["3", "3"],
    ]);
    expect(html).toMatch(
      /<span class="pa-visually-hidden">Claim <\/span>1<\/span><span class="pa-visually-hidden">, rated <\/span><span class="fc-rating"[^>]*><span class="fc-rating-code" aria-hidden="true">T<\/span>True<\/span>/,
    );
  });

  it("cuts overlapping and nested claims into flat highlights that never cross", () => {
    const [first] = paragraphsOf(html);
    // "million" lies in claims 1, 2 and 3; "40 " in 1 and 2; "The bridge cost " in 1 only.
    expect(first).toContain(`<mark class="pa-mark">The bridge cost </mark>`);
    expect(first).toMatch(/href="#claim-2">.*?<\/a><mark class="pa-mark pa-mark-overlap">40 <\/mark>/);
    expect(first).toMatch(/href="#claim-3">.*?<\/a><mark class="pa-mark pa-mark-overlap">million<\/mark>/);
    expect(first).toContain(`<mark class="pa-mark"> and opened in 2019</mark>, the city said.`);
    // No mark opens inside another.
    expect(first!.replace(/<mark[^>]*>[^<]*<\/mark>/g, "")).not.toMatch(/<\/?mark/);
  });

  it("does not highlight a pending claim or one that lost its place, but lists both", () => {
    const [, second] = paragraphsOf(html);
    expect(second).toBe("Traffic fell by half within a year. Residents were pleased.");
    expect(html).toContain(`<section class="fc-claim" id="claim-5"`);
    expect(html).toContain(`<a href="#pa-text">Back to the article</a>`);
    expect(html).toContain(`<li class="fc-pending-claim" id="claim-4">`);
  });

  it("never shows the rating of a verdict that is not approved", () => {
    const model = buildTestArticleReport();
    const pending = model.claims.find((claim) => claim.number === 4)!;
    pending.pendingVerdicts = [
      {
        ...model.claims[0]!.verdict!,
        summary: "Unapproved finding",
        rating: { ...model.ratings[0]!, label: "Unapproved rating" },
      },
    ];
    const page = renderAnnotatedArticleHtml(model, options);
    expect(page).not.toContain("Unapproved");
  });

  it("gives every checked claim its verdict and a way back to its label", () => {
    for (const number of [1, 2, 3]) {
      expect(html).toContain(`<section class="fc-claim" id="claim-${number}"`);
      expect(html).toContain(`<a href="#ref-claim-${number}">Back to claim ${number} in the text</a>`);
    }
    expect(html).toContain(`<a href="/public/reports/art-bridge">Read the full fact-check report</a>`);
  });

  it("carries metadata and one ClaimReview per checked claim, each pointing at the report", () => {
    expect(html).toContain(
      `<link rel="canonical" href="https://factcheck.example.org/public/reports/art-bridge/article">`,
    );
    expect(html).toMatch(
      /<meta name="description" content="4 claims checked: [^"]*\. 1 claim is still being checked\.">/,
    );
    const urls = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (match) => (JSON.parse(match[1]!) as { url: string }).url,
    );
    expect(urls).toEqual(
      [1, 2, 3, 5].map((n) => `https://factcheck.example.org/public/reports/art-bridge#claim-${n}`),
    );
  });

  it("requests nothing and runs nothing", () => {
    expect(html).not.toMatch(/\s(src|srcset|poster|action)=/i);
    // canonical and alternate links are metadata: browsers fetch neither.
    expect(html).not.toMatch(/<link(?![^>]*rel="(canonical|alternate)")/);
    expect(html).not.toMatch(/url\((?!data:)/);
    expect(html.match(/<script/g)).toHaveLength(4);
    expect(html).toContain(`content="default-src 'none';`);
  });

  it("shows hostile text as text", () => {
    const page = renderAnnotatedArticleHtml(buildHostileReport(), options);
    expect(page).not.toContain(HOSTILE_TEXT);
    expect(findInjections(page)).toEqual([]);
    expect(page).toContain("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;");
    expect(page).not.toContain(`rel="canonical"`);
    expect(page).not.toContain("evil.example");
  });
});
