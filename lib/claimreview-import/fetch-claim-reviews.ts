import { importSettingsWith, type ImportSettings } from "@/lib/config/import-settings";
import { AppError } from "@/lib/errors/app-error";
import { decodeText } from "@/lib/import/decode-text";
import { detectCharset } from "@/lib/import/detect-charset";
import { fetchPage } from "@/lib/import/fetch-page";
import { readInertDocument } from "@/lib/import/inert-document";
import { systemLookup, type LookupHost } from "@/lib/import/safe-lookup";
import { readClaimReviews, type ReadResult } from "./read-claim-reviews";

/** Pages whose JSON-LD may hold ClaimReview, and JSON files and feeds of them. */
const CLAIM_REVIEW_TYPES = new Set([
  "text/html",
  "application/xhtml+xml",
  "application/json",
  "application/ld+json",
  "application/feed+json",
]);

export interface FetchClaimReviewsOptions {
  signal?: AbortSignal;
  /** Overrides for the IMPORT_* settings; tests allow-list 127.0.0.1. */
  settings?: Partial<ImportSettings>;
  lookup?: LookupHost;
}

/**
 * Fetches a fact-check page (its JSON-LD blocks) or a JSON file or feed of
 * ClaimReviews through the same guarded fetch as article imports (address
 * policy, pinning, redirects, time and size limits), and reads them. A
 * review without its own publisher is credited to the site it came from.
 */
export async function fetchClaimReviews(
  url: string,
  options: FetchClaimReviewsOptions = {},
): Promise<ReadResult> {
  const settings = importSettingsWith(options.settings);
  const page = await fetchPage(url, {
    settings,
    lookup: options.lookup ?? systemLookup,
    signal: options.signal,
    acceptedTypes: CLAIM_REVIEW_TYPES,
  });
  const isHtml = page.mediaType === "text/html" || page.mediaType === "application/xhtml+xml";
  const { text } = decodeText(page.bytes, detectCharset(page.bytes, page.charset, isHtml));
  const origin = new URL(page.url);
  const site = { name: origin.hostname.replace(/^www\./, ""), url: origin.origin };
  if (!isHtml) return readClaimReviews(parseJson(text), site);
  const blocks = readInertDocument(text, page.url, (document) =>
    Array.from(
      document.querySelectorAll('script[type="application/ld+json"]'),
      (script) => script.textContent ?? "",
    ),
  );
  return readClaimReviews(
    blocks.map((block) => parseJsonOrNull(block)),
    site,
  );
}

function parseJson(text: string): unknown {
  const value = parseJsonOrNull(text);
  if (value === null)
    throw new AppError(
      "VALIDATION",
      "That address did not answer with valid JSON. Check it is the feed's own address.",
      {
        fields: { url: "Not valid JSON." },
      },
    );
  return value;
}

/** A broken JSON-LD block must not stop the others being read. */
function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
