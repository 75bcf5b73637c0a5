/*
 * Decision: an imported article is PLAIN TEXT only, a list of paragraphs.
 * Claims anchor into exact character offsets of the canonical text
 * (`toCanonicalText(paragraphs)`), and plain text makes every offset mean the
 * same characters in the browser, on the server and in exports; markup would
 * let each of them count differently. So inline formatting (links, emphasis)
 * is dropped, and headings, block quotes and list items become paragraphs of
 * their own. Nothing from outside is ever rendered as HTML.
 */

export const importFormats = ["plain", "sample-layout", "html", "markdown", "docx", "url"] as const;

export type ImportFormat = (typeof importFormats)[number];

/** What every importer returns, whatever the source. */
export interface ImportedArticle {
  title: string;
  byline: string | null;
  dateline: string | null;
  /** Calendar date as "YYYY-MM-DD". */
  publishedAt: string | null;
  /** The canonical URL when known (from the page's metadata), else the address it came from. */
  sourceUrl: string | null;
  siteName: string | null;
  /** Plain-text paragraphs; the article text is `toCanonicalText(paragraphs)`. */
  paragraphs: string[];
  format: ImportFormat;
  /** Sentences for the editor to act on, such as "check the title". */
  warnings: string[];
}
