import { escapeHtml, renderLink } from "../report/escape";
import { renderCheckedClaimHtml } from "../report/render-claim-html";
import { publicClaimCardPath, publicReportPath } from "../report/public-paths";
import type { ReportModel } from "../report/report-model";
import { sortClaimsIntoSections, type CheckedClaim } from "../report/report-sections";
import { renderPageMetadata } from "./page-metadata";
import { claimCardBodyStyles, claimCardStyles } from "./public-article-styles";
import { siblingPublicUrl } from "./public-urls";
import { renderPublicDocument } from "./render-document";

/*
 * One checked claim as a small page for an iframe on a newsroom's site:
 * the claim and its verdict as the report shows it, and a link to the whole
 * fact-check. Links open a new tab: inside an iframe a plain link would
 * load the page into the little frame, and `_top` would take the reader
 * away from the article they were reading.
 */

/** The claim a card shows: checked (approved, with its verdict), or null for a 404. */
export function findCardClaim(model: Pick<ReportModel, "claims">, claimNumber: number): CheckedClaim | null {
  return sortClaimsIntoSections(model).checked.find((claim) => claim.number === claimNumber) ?? null;
}

function renderCardBody(model: ReportModel, claim: CheckedClaim): string {
  const reportHref =
    siblingPublicUrl(model.reportUrl, publicReportPath(model.article.id)) ??
    publicReportPath(model.article.id);
  return [
    `<main>`,
    `<article class="fc-report pa-card" lang="en">`,
    `<p class="fc-kicker">Fact check · ${renderLink(model.organization.url, model.organization.name)}</p>`,
    renderCheckedClaimHtml(claim, model.article.text, model.reportUrl),
    `<p class="pa-card-link"><a href="${escapeHtml(`${reportHref}#claim-${claim.number}`)}" target="_blank" rel="noopener">Read the full fact-check<span class="pa-visually-hidden"> (opens in a new tab)</span></a></p>`,
    `</article>`,
    `</main>`,
  ].join("\n");
}

/** The verdict card of claim `claimNumber`, or null when that claim is unknown or not checked. */
export function renderClaimCardHtml(model: ReportModel, claimNumber: number): string | null {
  const claim = findCardClaim(model, claimNumber);
  if (claim === null) return null;
  const title = `Fact check: ${claim.statement}`;
  return renderPublicDocument({
    title,
    metadata: renderPageMetadata({
      title,
      description: `${claim.verdict.rating.label}: ${claim.verdict.summary}`,
      canonicalUrl: siblingPublicUrl(model.reportUrl, publicClaimCardPath(model.article.id, claim.number)),
      siteName: model.organization.name,
      imageUrl: model.organization.logoUrl,
    }),
    jsonLd: [],
    styles: claimCardStyles,
    bodyStyles: claimCardBodyStyles,
    linksOpenNewTab: true,
    body: renderCardBody(model, claim),
  });
}
