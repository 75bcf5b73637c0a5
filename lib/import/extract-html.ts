import { Readability } from "@mozilla/readability";
import { AppError } from "../errors/app-error";
import { toCalendarDate } from "./calendar-date";
import { dropHeaderEcho } from "./drop-header-echo";
import { extractMetadata } from "./extract-metadata";
import { extractTextBlocks } from "./extract-text-blocks";
import { assertElementCountWithinLimit } from "./html-complexity";
import type { ImportedArticle } from "./import-result";
import { readInertDocument } from "./inert-document";
import { removeBoilerplate } from "./remove-boilerplate";

export interface ExtractArticleOptions {
  /** Where the page came from: resolves relative canonical links and is the fallback source URL. */
  url?: string;
}

export const NO_ARTICLE_TEXT = "We could not find article text on that page. Paste the text instead.";
/** Fewer paragraphs than this usually means Readability caught a teaser or a fragment. */
const FEW_PARAGRAPHS = 3;

/**
 * A saved or fetched web page → the article in it, as plain paragraphs with
 * the page's title, byline, date, site name and canonical URL. Scripts,
 * styles, navigation, ads, comments and tracking markup never come through.
 */
export function extractArticleFromHtml(html: string, options: ExtractArticleOptions = {}): ImportedArticle {
  return readInertDocument(html, options.url, (document) => {
    // Metadata first: Readability removes the JSON-LD scripts it reads from.
    const metadata = extractMetadata(document, options.url);
    removeBoilerplate(document);
    assertElementCountWithinLimit(document);
    const readable = new Readability<Node>(document, { serializer: (node) => node }).parse();
    const title = metadata.title ?? cleanText(readable?.title);
    const byline = metadata.byline ?? cleanByline(readable?.byline);
    const blocks = readable?.content ? extractTextBlocks(readable.content) : [];
    const paragraphs = dropHeaderEcho(
      blocks.map((block) => block.text),
      { title, byline },
    );
    if (paragraphs.length === 0) throw new AppError("VALIDATION", NO_ARTICLE_TEXT);

    return {
      title: title ?? "Untitled article",
      byline,
      dateline: null,
      publishedAt: metadata.publishedAt ?? toCalendarDate(readable?.publishedTime),
      sourceUrl: metadata.canonicalUrl ?? options.url ?? null,
      siteName: metadata.siteName ?? cleanText(readable?.siteName),
      paragraphs,
      format: "html",
      warnings: warningsFor(title, paragraphs),
    };
  });
}

function warningsFor(title: string | null, paragraphs: string[]): string[] {
  const warnings: string[] = [];
  if (title === null) warnings.push("We found no title on the page; add one.");
  if (paragraphs.length < FEW_PARAGRAPHS) {
    warnings.push(
      `Only ${paragraphs.length === 1 ? "one paragraph" : `${paragraphs.length} paragraphs`} came through; compare with the original page.`,
    );
  }
  return warnings;
}

function cleanText(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim() ?? "";
  return text === "" ? null : text;
}

function cleanByline(value: string | null | undefined): string | null {
  const text = cleanText(value);
  return text === null ? null : cleanText(text.replace(/^by\s+/i, ""));
}
