import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { extractArticleFromHtml } from "./extract-html";
import type { ImportedArticle } from "./import-result";

const newsPage = readFileSync(new URL("./fixtures/news-page.html", import.meta.url), "utf8");
const pageUrl =
  "https://www.coastalherald.example/news/2025/03/14/harbour-bridge-repairs?utm_source=newsletter";

describe("extractArticleFromHtml on a saved news page", () => {
  const article = extractArticleFromHtml(newsPage, { url: pageUrl });

  it.each<[keyof ImportedArticle, unknown]>([
    ["title", "Harbour bridge repairs to cost $48 million, council says"],
    ["byline", "Maria Okafor and Daniel Weiss"],
    ["publishedAt", "2025-03-14"],
    ["siteName", "The Coastal Herald"],
    ["sourceUrl", "https://www.coastalherald.example/news/2025/03/14/harbour-bridge-repairs"],
    ["dateline", null],
    ["format", "html"],
    ["warnings", []],
  ])("reads %s", (field, expected) => {
    expect(article[field]).toEqual(expected);
  });

  it("keeps exactly the article's paragraphs: prose, the quote and each list item, with inline markup reduced to text", () => {
    expect(article.paragraphs).toEqual([
      "The city council on Friday approved a $48 million plan to repair the Harbour Street bridge, ending a year of debate over whether the 1962 span should be fixed or replaced.",
      "Engineers found corrosion in four of the bridge's six steel girders during an inspection last spring, and the council closed one lane to heavy trucks in June.",
      "Council members voted 7 to 2 in favour of the repair plan, which the city's transport department says will keep the bridge open for at least another 30 years.",
      "“Replacing the bridge would have taken six years and cost three times as much,” said Mayor Ellen Brandt. “This plan keeps traffic moving while we do the work.”",
      "The repairs will happen in three stages:",
      "replacing the corroded girders, starting in May;",
      "resurfacing the deck and adding a protected bike lane in 2026;",
      "repainting the whole structure by the end of 2026.",
      "Councillor Tomas Reyes, who voted against the plan, said the true cost would be higher once traffic detours were counted. “We are patching a bridge that has already outlived its design,” he said.",
      "The state will pay $20 million of the cost through its infrastructure fund, according to the council's budget documents, with the rest coming from city bonds.",
    ]);
  });

  it.each([
    "cookies", // cookie banner
    "Sport", // navigation
    "Advertisement", // ads, in the header and inside the story
    "Related stories",
    "Inspectors find corrosion", // related-story teaser
    "harbourwatcher", // comments
    "About time they fixed it",
    "morning briefing", // newsletter box
    "All rights reserved", // footer
    "Share on", // share tools
    "gtag",
    "TRACKING",
    "STYLE-LEAK",
    "font-family",
  ])("drops page furniture: %s", (fragment) => {
    expect(article.paragraphs.join("\n")).not.toContain(fragment);
  });

  it("falls back to the given URL when the page names no canonical URL", () => {
    const page = `<title>T</title><article><h1>T</h1><p>${"Words in a sentence. ".repeat(20)}</p></article>`;
    expect(extractArticleFromHtml(page, { url: "https://example.com/a" }).sourceUrl).toBe(
      "https://example.com/a",
    );
    expect(extractArticleFromHtml(page).sourceUrl).toBeNull();
  });
});

describe("extractArticleFromHtml on minimal pages", () => {
  const prose = (n: number): string =>
    Array.from(
      { length: n },
      (_, i) => `<p>Paragraph ${i + 1} has enough words in it to read as prose.</p>`,
    ).join("");

  it("takes the title from <title> and Readability when there is no metadata", () => {
    const article = extractArticleFromHtml(
      `<html><head><title>Plain page</title></head><body>${prose(3)}</body></html>`,
    );
    expect(article.title).toBe("Plain page");
    expect(article.paragraphs).toHaveLength(3);
    expect(article.byline).toBeNull();
  });

  it("turns <br> into a space and headings into paragraphs", () => {
    const article = extractArticleFromHtml(
      `<title>T</title><article><p>Line one<br>line two, and more words to make this a real paragraph of text.</p><h2>A subhead</h2>${prose(2)}</article>`,
    );
    expect(article.paragraphs.slice(0, 2)).toEqual([
      "Line one line two, and more words to make this a real paragraph of text.",
      "A subhead",
    ]);
  });

  it("warns when only a fragment came through", () => {
    const article = extractArticleFromHtml(`<title>Short</title>${prose(1)}`);
    expect(article.warnings).toEqual(["Only one paragraph came through; compare with the original page."]);
  });

  it("warns when the page has no title", () => {
    const article = extractArticleFromHtml(`<body>${prose(3)}</body>`);
    expect(article.title).toBe("Untitled article");
    expect(article.warnings).toContain("We found no title on the page; add one.");
  });

  it.each<[string, string]>([
    ["an empty document", ""],
    [
      "only navigation and scripts",
      "<nav><a href='/'>Home</a><a href='/news'>News</a></nav><script>track()</script>",
    ],
    [
      "only a cookie banner",
      "<div class='cookie-banner'><p>We use cookies to improve your experience on this site.</p></div>",
    ],
  ])("reports no article text for %s", (_name, html) => {
    expect(() => extractArticleFromHtml(html)).toThrow(
      expect.objectContaining({
        code: "VALIDATION",
        message: "We could not find article text on that page. Paste the text instead.",
      }),
    );
  });
});
