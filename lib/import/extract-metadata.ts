import { toCalendarDate } from "./calendar-date";
import { readJsonLdArticle } from "./read-json-ld";

/** Article metadata a page declares about itself; every field is null when the page does not say. */
export interface PageMetadata {
  canonicalUrl: string | null;
  title: string | null;
  /** "YYYY-MM-DD" */
  publishedAt: string | null;
  byline: string | null;
  siteName: string | null;
}

/**
 * Read the page's own metadata: `<link rel=canonical>`, Open Graph,
 * JSON-LD (NewsArticle/Article, also inside `@graph`) and `<time datetime>`.
 * Run it before Readability, which removes scripts (and so JSON-LD) from the
 * document. `url` is where the page came from; relative canonical links
 * resolve against it.
 */
export function extractMetadata(document: Document, url?: string): PageMetadata {
  const jsonLd = readJsonLdArticle(document);
  const meta = (key: string): string | null => readMeta(document, key);
  const base = url ?? document.URL;
  return {
    canonicalUrl:
      [linkHref(document, "canonical"), meta("og:url"), jsonLd?.url]
        .map((candidate) => toWebUrl(candidate, base))
        .find((candidate) => candidate !== null) ?? null,
    title: jsonLd?.headline ?? meta("og:title") ?? meta("twitter:title"),
    publishedAt:
      [jsonLd?.datePublished, meta("article:published_time"), meta("datePublished"), timeDatetime(document)]
        .map(toCalendarDate)
        .find((date) => date !== null) ?? null,
    byline: joinNames(jsonLd?.authors ?? []) ?? personName(meta("author")),
    siteName: meta("og:site_name") ?? jsonLd?.publisher ?? null,
  };
}

/** `<meta property|name|itemprop="key" content>`: sites mix all three attributes for Open Graph. */
function readMeta(document: Document, key: string): string | null {
  for (const attribute of ["property", "name", "itemprop"]) {
    const element = document.querySelector(`meta[${attribute}="${key}" i][content]`);
    const content = element?.getAttribute("content")?.replace(/\s+/g, " ").trim();
    if (content !== undefined && content !== "") return content;
  }
  return null;
}

function linkHref(document: Document, rel: string): string | null {
  return document.querySelector(`link[rel~="${rel}" i][href]`)?.getAttribute("href") ?? null;
}

/** The publication time: an explicitly marked one first, then the first inside the article, then any. */
function timeDatetime(document: Document): string | null {
  const selectors = [
    'time[itemprop~="datePublished"]',
    "time[pubdate]",
    "article time[datetime]",
    "time[datetime]",
  ];
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute("datetime");
    if (value) return value;
  }
  return null;
}

/** Absolute http(s) URL, or null: a canonical `javascript:` or `file:` link is never taken. */
function toWebUrl(candidate: string | null | undefined, base: string): string | null {
  if (!candidate) return null;
  const baseUrl = URL.canParse(base) ? base : undefined;
  if (!URL.canParse(candidate.trim(), baseUrl)) return null;
  const url = new URL(candidate.trim(), baseUrl);
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}

/** `<meta name=author>` is sometimes a profile URL rather than a name. */
function personName(value: string | null): string | null {
  if (value === null || /^https?:\/\//i.test(value)) return null;
  return stripBy(value);
}

/** ["Ann Lee", "Bo Ray", "Cy Doe"] → "Ann Lee, Bo Ray and Cy Doe". */
function joinNames(names: string[]): string | null {
  const unique = [...new Set(names.map(stripBy))].filter((name) => name !== "");
  if (unique.length === 0) return null;
  const last = unique.pop() ?? "";
  return unique.length === 0 ? last : `${unique.join(", ")} and ${last}`;
}

function stripBy(name: string): string {
  return name.replace(/^by\s+/i, "").trim();
}
