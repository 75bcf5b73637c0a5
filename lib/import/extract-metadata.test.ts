import { describe, it, expect } from "vitest";
import { extractMetadata, type PageMetadata } from "./extract-metadata";
import { readInertDocument } from "./inert-document";

const none: PageMetadata = {
  canonicalUrl: null,
  title: null,
  publishedAt: null,
  byline: null,
  siteName: null,
};
const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const read = (head: string, url?: string): PageMetadata =>
  readInertDocument(`<html><head>${head}</head><body></body></html>`, url, (document) =>
    extractMetadata(document, url),
  );

describe("extractMetadata", () => {
  it.each<[string, string, string | undefined, Partial<PageMetadata>]>([
    ["nothing declared", "<title>x</title>", undefined, {}],
    [
      "Open Graph",
      `<meta property="og:title" content="OG title"><meta property="og:url" content="https://news.example/a">
       <meta property="og:site_name" content="News Example"><meta property="article:published_time" content="2024-02-29T10:00:00Z">`,
      undefined,
      {
        title: "OG title",
        canonicalUrl: "https://news.example/a",
        siteName: "News Example",
        publishedAt: "2024-02-29",
      },
    ],
    [
      "Open Graph written with name= instead of property=",
      `<meta name="og:title" content="Named">`,
      undefined,
      { title: "Named" },
    ],
    [
      "rel=canonical wins over og:url",
      `<link rel="canonical" href="https://news.example/canonical"><meta property="og:url" content="https://news.example/og">`,
      undefined,
      { canonicalUrl: "https://news.example/canonical" },
    ],
    [
      "a relative canonical resolves against the page URL",
      `<link rel="canonical" href="/story/1">`,
      "https://news.example/story/1?utm=x",
      { canonicalUrl: "https://news.example/story/1" },
    ],
    [
      "a relative canonical without a page URL is ignored",
      `<link rel="canonical" href="/story/1">`,
      undefined,
      {},
    ],
    [
      "a javascript: canonical falls through to og:url",
      `<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://news.example/og">`,
      undefined,
      { canonicalUrl: "https://news.example/og" },
    ],
    [
      "ftp: and data: canonicals are never taken",
      `<link rel="canonical" href="ftp://news.example/a"><meta property="og:url" content="data:text/html,hi">`,
      undefined,
      {},
    ],
    [
      "JSON-LD NewsArticle",
      ld({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: "LD headline",
        datePublished: "2025-04-28T23:30:00-05:00",
        author: { "@type": "Person", name: "Paul Godfrey" },
        publisher: { "@type": "Organization", name: "UPI" },
        url: "https://upi.example/story",
      }),
      undefined,
      {
        title: "LD headline",
        publishedAt: "2025-04-28",
        byline: "Paul Godfrey",
        siteName: "UPI",
        canonicalUrl: "https://upi.example/story",
      },
    ],
    [
      "JSON-LD inside an @graph, with authors and publisher by @id",
      ld({
        "@graph": [
          { "@type": "WebPage", "@id": "#page", name: "Page name, not the headline" },
          {
            "@type": ["Article", "NewsArticle"],
            headline: "Graph headline",
            author: [{ "@id": "#ann" }, "Bo Ray", { name: "Cy Doe" }],
            publisher: { "@id": "#org" },
            mainEntityOfPage: { "@id": "https://news.example/graph" },
          },
          { "@type": "Person", "@id": "#ann", name: "Ann Lee" },
          { "@type": "Organization", "@id": "#org", name: "Graph News" },
        ],
      }),
      undefined,
      {
        title: "Graph headline",
        byline: "Ann Lee, Bo Ray and Cy Doe",
        siteName: "Graph News",
        canonicalUrl: "https://news.example/graph",
      },
    ],
    [
      "JSON-LD as a top-level array, after a broken block",
      `<script type="application/ld+json">{ not json</script>${ld([{ "@type": "BreadcrumbList" }, { "@type": "ReportageNewsArticle", headline: "Array headline" }])}`,
      undefined,
      { title: "Array headline" },
    ],
    [
      "JSON-LD title beats og:title, og:site_name beats the publisher",
      `${ld({ "@type": "Article", headline: "LD", publisher: { name: "Publisher" } })}<meta property="og:title" content="OG"><meta property="og:site_name" content="Site">`,
      undefined,
      { title: "LD", siteName: "Site" },
    ],
    [
      "meta author is a name, not a profile URL",
      `<meta name="author" content="By Ann Lee">`,
      undefined,
      { byline: "Ann Lee" },
    ],
    [
      "meta author that is a URL is ignored",
      `<meta name="author" content="https://news.example/ann">`,
      undefined,
      {},
    ],
    [
      "an impossible date is ignored",
      `<meta property="article:published_time" content="2025-02-30">`,
      undefined,
      {},
    ],
    [
      "a non-ISO date is ignored rather than guessed",
      `<meta property="article:published_time" content="April 28, 2025">`,
      undefined,
      {},
    ],
  ])("%s", (_name, head, url, expected) => {
    expect(read(head, url)).toEqual({ ...none, ...expected });
  });

  it.each<[string, string, string]>([
    [
      "a <time> marked as the publication date",
      `<time datetime="2020-01-01">old</time><time itemprop="datePublished" datetime="2024-05-06T07:00">x</time>`,
      "2024-05-06",
    ],
    [
      "the first <time> inside the article",
      `<aside><time datetime="2020-01-01">x</time></aside><article><time datetime="2024-05-06">y</time></article>`,
      "2024-05-06",
    ],
    ["any <time> as a last resort", `<footer><time datetime="2023-12-31">z</time></footer>`, "2023-12-31"],
  ])("reads the date from %s", (_name, body, expected) => {
    const metadata = readInertDocument(`<body>${body}</body>`, undefined, (document) =>
      extractMetadata(document),
    );
    expect(metadata.publishedAt).toBe(expected);
  });
});
