import { escapeHtml } from "../report/escape";
import { renderCheckedClaimHtml, renderPendingClaimHtml } from "../report/render-claim-html";
import { renderClaimReviews } from "../report/render-claimreview";
import { renderReportHeaderHtml } from "../report/render-summary-html";
import { publicArticlePath } from "../report/public-paths";
import type { ReportModel } from "../report/report-model";
import { sortClaimsIntoSections, type CheckedClaim } from "../report/report-sections";
import { includesPending } from "../publishing/publication-snapshot";
import { describeFindings, renderPageMetadata } from "./page-metadata";
import { annotatedArticleStyles } from "./public-article-styles";
import { siblingPublicUrl } from "./public-urls";
import { renderCorrectionsHtml } from "./render-corrections";
import { claimLabelId, isHighlighted, renderAnnotatedText } from "./render-annotated-text";
import { renderPublicDocument } from "./render-document";

/*
 * The annotated article: the published text with every checked claim
 * highlighted, then the verdicts, then the claims still being checked
 * (listed, never highlighted or rated). Claims that lost their place in the
 * text are not highlighted but keep their verdict in the list.
 */

export interface AnnotatedArticleOptions {
  /** Where "Read the full fact-check report" goes: the latest report, or this version's. */
  reportPath: string;
  /** HTML shown above the page (the superseded-version notice), already escaped. */
  notice?: string;
}

function renderVerdict(claim: CheckedClaim, model: ReportModel): string {
  const text = model.article.text;
  const back = isHighlighted(claim, text)
    ? `<a href="#${claimLabelId(claim.number)}">Back to claim ${claim.number} in the text</a>`
    : `This quote is not highlighted because the text around it has changed. <a href="#pa-text">Back to the article</a>`;
  return [
    `<div class="pa-verdict">`,
    renderCheckedClaimHtml(claim, text, model.reportUrl),
    `<p class="pa-back fc-no-print">${back}</p>`,
    `</div>`,
  ].join("\n");
}

function renderBody(model: ReportModel, options: AnnotatedArticleOptions): string {
  const { checked, notYetChecked } = sortClaimsIntoSections(model);
  const text = model.article.text;
  const parts = [
    options.notice ?? "",
    renderCorrectionsHtml(model),
    `<main>`,
    `<article class="fc-report" lang="en">`,
    renderReportHeaderHtml(model),
    `<ul class="pa-nav fc-no-print">`,
    `<li><a href="${escapeHtml(options.reportPath)}">Read the full fact-check report</a></li>`,
    checked.length > 0 ? `<li><a href="#pa-verdicts">Skip to the verdicts</a></li>` : "",
    `</ul>`,
    `<p class="pa-findings">${escapeHtml(describeFindings(model))}</p>`,
    checked.length > 0
      ? `<p>Each highlighted passage is a checked claim. Its label gives the claim number and the rating; follow it to read the verdict.</p>`
      : "",
    `<section id="pa-text" aria-labelledby="pa-text-heading">`,
    `<h2 id="pa-text-heading">The article</h2>`,
    `<div class="pa-text">`,
    renderAnnotatedText(text, checked),
    `</div>`,
    `</section>`,
  ];
  if (checked.length > 0) {
    parts.push(
      `<section class="fc-checked" id="pa-verdicts" aria-labelledby="pa-verdicts-heading">`,
      `<h2 id="pa-verdicts-heading">Verdicts</h2>`,
      ...checked.map((claim) => renderVerdict(claim, model)),
      `</section>`,
    );
  }
  if (includesPending(model) && notYetChecked.length > 0) {
    parts.push(
      `<section class="fc-pending" aria-labelledby="fc-pending-heading">`,
      `<h2 id="fc-pending-heading">Not yet checked</h2>`,
      `<p>These claims are still being checked. They have no rating yet, and nothing here is a finding.</p>`,
      `<ol class="fc-pending-list">`,
      ...notYetChecked.map((claim) => renderPendingClaimHtml(claim, text)),
      `</ol>`,
      `</section>`,
    );
  }
  parts.push(
    `<footer><p>Fact-check by ${escapeHtml(model.organization.name)}. <a href="${escapeHtml(options.reportPath)}" class="fc-no-print">Read the full fact-check report</a></p></footer>`,
    `</article>`,
    `</main>`,
  );
  return parts.filter((line) => line !== "").join("\n");
}

/** The annotated article as a self-contained HTML document, with its metadata and ClaimReview JSON-LD. */
export function renderAnnotatedArticleHtml(model: ReportModel, options: AnnotatedArticleOptions): string {
  const title = `Fact check: ${model.article.title} (annotated article)`;
  return renderPublicDocument({
    title,
    metadata: renderPageMetadata({
      title,
      description: describeFindings(model),
      canonicalUrl: siblingPublicUrl(model.reportUrl, publicArticlePath(model.article.id)),
      siteName: model.organization.name,
      imageUrl: model.organization.logoUrl,
    }),
    jsonLd: renderClaimReviews(model).jsonLd,
    styles: annotatedArticleStyles,
    body: renderBody(model, options),
  });
}
