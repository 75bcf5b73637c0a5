import { escapeHtml } from "../report/escape";
import { ATOM_FEED_PATH, JSON_FEED_PATH, publicArticlePath, publicReportPath } from "../report/public-paths";
import { renderClaimReviews } from "../report/render-claimreview";
import { renderReportHtml } from "../report/render-html";
import type { ReportModel } from "../report/report-model";
import { jsonForScript } from "./json-for-script";
import { includesPending } from "../publishing/publication-snapshot";
import { describeFindings, renderPageMetadata } from "./page-metadata";
import { renderCorrectionsHtml } from "./render-corrections";
import { siblingPublicUrl } from "./public-urls";

export interface PublicReportOptions {
  /** HTML at the top of the body (the superseded-version notice), already escaped. */
  notice?: string;
  /** Where the link to the annotated article goes: the latest one unless given (a version's own). */
  articlePath?: string;
}

/** The report's <head> additions: page metadata, then one ClaimReview per checked claim. */
function renderHeadAdditions(model: ReportModel): string {
  const title = `Fact check: ${model.article.title}`;
  const metadata = renderPageMetadata({
    title,
    description: describeFindings(model),
    canonicalUrl: siblingPublicUrl(model.reportUrl, publicReportPath(model.article.id)),
    siteName: model.organization.name,
    imageUrl: model.organization.logoUrl,
  });
  const scripts = renderClaimReviews(model).jsonLd.map(
    (item) => `<script type="application/ld+json">${jsonForScript(item)}</script>`,
  );
  return [metadata, ...scripts].join("\n");
}

/** Above the report: the annotated article, and the feeds for readers who follow the desk's fact-checks. */
function renderArticleLink(path: string): string {
  const link = (href: string, text: string) =>
    `<a href="${escapeHtml(href)}" style="color:#1d4ed8;text-decoration:underline">${text}</a>`;
  return `<p class="fc-no-print" style="max-width:48rem;margin:0 auto 1rem">${link(path, "Read the article with the checked claims highlighted")} · Follow our fact-checks: ${link(ATOM_FEED_PATH, "Atom feed")}, ${link(JSON_FEED_PATH, "JSON Feed")}</p>`;
}

/**
 * The public page of a published report: the report document with its
 * metadata and ClaimReview JSON-LD in the head and, at the top of the body,
 * the notice (for an older version), the corrections so far and a link to
 * the annotated article. Claims not yet checked are listed only when the
 * snapshot says they were published (older snapshots: always).
 * Both are inserted with replacer functions: a replacement STRING would
 * expand `$'`, `` $` `` and `$&` found in user text (a claim statement, say)
 * into copies of the page inside the JSON-LD.
 */
export function renderPublicReportHtml(model: ReportModel, options: PublicReportOptions = {}): string {
  const head = renderHeadAdditions(model);
  const top = `${options.notice ?? ""}${renderCorrectionsHtml(model)}${renderArticleLink(options.articlePath ?? publicArticlePath(model.article.id))}`;
  return renderReportHtml(model, { includePending: includesPending(model) })
    .replace("</head>", () => `${head}\n</head>`)
    .replace(/<body([^>]*)>/, (_tag, attributes: string) => `<body${attributes}>${top}`);
}
