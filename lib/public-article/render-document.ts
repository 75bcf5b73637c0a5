import { documentStyles, reportStyles } from "../report/report-styles";
import { renderStandaloneDocument } from "../report/standalone-document";
import { jsonForScript } from "./json-for-script";

/*
 * The shell of the public pages this folder renders (annotated article,
 * claim card): self-contained like the report document (render-html.ts),
 * with the same Content-Security-Policy, so nothing is fetched and no script
 * runs; fonts are embedded as data: URLs. JSON-LD blocks are data, not scripts, and are not affected by it.
 */

export interface PublicDocument {
  title: string;
  /** Metadata tags (page-metadata.ts), already HTML. */
  metadata: string;
  /** Structured data objects, each written as one application/ld+json block. */
  jsonLd: readonly unknown[];
  /** The page's own CSS, after the report's. */
  styles: string;
  /** The body markup, already HTML. */
  body: string;
  /** CSS for <body> itself: the report document's padding unless given. */
  bodyStyles?: string;
  /** Open every link in a new tab (a page made for an iframe, where a link would load inside the frame). */
  linksOpenNewTab?: boolean;
}

export function renderPublicDocument(page: PublicDocument): string {
  return renderStandaloneDocument({
    title: page.title,
    head: [
      // A <base> without href: base-uri 'none' restricts only its URL.
      ...(page.linksOpenNewTab ? [`<base target="_blank">`] : []),
      page.metadata,
      ...page.jsonLd.map((item) => `<script type="application/ld+json">${jsonForScript(item)}</script>`),
    ]
      .filter((line) => line !== "")
      .join("\n"),
    styles: `${page.bodyStyles ?? documentStyles}\n${reportStyles}\n${page.styles}`,
    body: page.body,
  });
}
