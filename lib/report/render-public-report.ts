import { renderClaimReviews } from "./render-claimreview";
import { renderReportHtml } from "./render-html";
import type { ReportModel } from "./report-model";

/**
 * JSON for inside a <script> element. `<` is escaped so the text can never
 * close the element (`</script>`) or open a comment that makes the parser
 * swallow the real end tag (`<!--<script>`); U+2028/2029 are escaped for
 * consumers that still read the JSON as JavaScript.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * The public page of a published report: the report document with its
 * ClaimReview JSON-LD in the head and, for an older version, a notice at the
 * top of the body. Both are inserted with replacer functions: a replacement
 * STRING would expand `$'`, `` $` `` and `$&` found in user text (a claim
 * statement, say) into copies of the page inside the JSON-LD.
 */
export function renderPublicReportHtml(model: ReportModel, notice = ""): string {
  const scripts = renderClaimReviews(model)
    .jsonLd.map((item) => `<script type="application/ld+json">${jsonForScript(item)}</script>`)
    .join("\n");
  return renderReportHtml(model, { includePending: true })
    .replace("</head>", () => `${scripts}\n</head>`)
    .replace(/<body([^>]*)>/, (_tag, attributes: string) => `<body${attributes}>${notice}`);
}
