import { importSettingsWith, type ImportSettings } from "../config/import-settings";
import { AppError } from "../errors/app-error";
import { decodeText } from "./decode-text";
import { detectCharset } from "./detect-charset";
import { extractArticleFromHtml, NO_ARTICLE_TEXT } from "./extract-html";
import { fetchPage } from "./fetch-page";
import type { FetchProgress } from "./fetch-progress";
import type { ImportedArticle } from "./import-result";
import { parsePastedText } from "./parse-pasted-text";
import { systemLookup, type LookupHost } from "./safe-lookup";

export type { FetchProgress } from "./fetch-progress";

export interface FetchArticleOptions {
  /** Cancels the fetch (the editor closed the dialog). */
  signal?: AbortSignal;
  /** Overrides for the IMPORT_* settings; tests use small limits and allow-list 127.0.0.1. */
  settings?: Partial<ImportSettings>;
  onProgress?: (progress: FetchProgress) => void;
  /** DNS for host names; defaults to the system resolver. Tests map fake names such as "news.test". */
  lookup?: LookupHost;
}

/**
 * Fetch a news article by URL and extract it. The source URL is the
 * page's canonical URL when it names one, else the address it finally came
 * from. See `fetchPage` for the network rules (address policy, pinning,
 * redirects, timeouts, size cap).
 */
export async function fetchArticle(url: string, options: FetchArticleOptions = {}): Promise<ImportedArticle> {
  const settings = importSettingsWith(options.settings);
  const page = await fetchPage(url, {
    settings,
    lookup: options.lookup ?? systemLookup,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  options.onProgress?.({ stage: "reading" });

  const isHtml = page.mediaType !== "text/plain";
  const declared = detectCharset(page.bytes, page.charset, isHtml);
  const { text, charset } = decodeText(page.bytes, declared);
  const warnings =
    charset === declared
      ? []
      : [
          `The page declared an unknown character set (${declared}) and was read as UTF-8; check accented letters.`,
        ];

  const article = isHtml ? extractArticleFromHtml(text, { url: page.url }) : readPlainPage(text);
  return {
    ...article,
    sourceUrl: article.sourceUrl ?? page.url,
    format: "url",
    warnings: [...warnings, ...article.warnings],
  };
}

function readPlainPage(text: string): ImportedArticle {
  if (text.trim() === "") throw new AppError("VALIDATION", NO_ARTICLE_TEXT);
  return parsePastedText(text);
}
