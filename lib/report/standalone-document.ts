import { reportFontCss } from "@/lib/report-fonts/report-font-css";
import { escapeHtml } from "./escape";

/*
 * The shell of every self-contained HTML document the app writes (the
 * report download, the PDF's source, the public pages): inline CSS, fonts
 * as data: URLs (only the subsets the document's characters need, see
 * lib/report-fonts) and a Content-Security-Policy that forbids any request
 * or script, so opening, printing or embedding one never reaches the network.
 */

/** Inline styles and embedded (data:) fonts; nothing fetched, nothing run. */
export const REPORT_DOCUMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src data:; base-uri 'none'; form-action 'none'";

export interface StandaloneDocument {
  title: string;
  /** More of the head (metadata, JSON-LD), already HTML. */
  head?: string;
  /** The document's CSS; the font faces are added after it. */
  styles: string;
  /** The body markup, already HTML. */
  body: string;
}

export function renderStandaloneDocument({ title, head, styles, body }: StandaloneDocument): string {
  return [
    `<!doctype html>`,
    `<html lang="en">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_DOCUMENT_CSP}">`,
    `<title>${escapeHtml(title)}</title>`,
    ...(head ? [head] : []),
    // The markup around the text is ASCII, so the title and body's characters are the text's plus the Latin subset it needs anyway.
    `<style>\n${styles}\n${reportFontCss(title + body)}\n</style>`,
    `</head>`,
    `<body>`,
    body,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}
