import { escapeHtml } from "./escape";
import { renderCheckedClaimHtml, renderPendingClaimHtml } from "./render-claim-html";
import { renderReportHeaderHtml, renderSummaryHtml } from "./render-summary-html";
import { formatTimestamp } from "./report-dates";
import type { ReportModel, ReportOptions } from "./report-model";
import { sortClaimsIntoSections } from "./report-sections";
import { documentStyles, reportStyles } from "./report-styles";
import { renderStandaloneDocument } from "./standalone-document";

export { reportStyles } from "./report-styles";

/*
 * The HTML report. The standalone document is self-contained (inline CSS,
 * inline SVG, fonts as data: URLs, no scripts or images) and its
 * Content-Security-Policy forbids any request, so opening, printing or
 * PDF-rendering it never reaches the network. It ships its fonts (Noto Sans,
 * Noto Sans SC, Noto Emoji; only the subsets its text needs, see
 * lib/report-fonts) so Chinese text and emoji print as text everywhere,
 * also on servers without such fonts. The body is the same markup the app
 * embeds.
 */

/** Just `<article class="fc-report">…</article>`, for the app to embed next to `reportStyles`. */
export function renderReportBody(model: ReportModel, options: ReportOptions = {}): string {
  const includePending = options.includePending ?? true;
  const sections = sortClaimsIntoSections(model);
  const text = model.article.text;
  const parts = [
    `<article class="fc-report" lang="en">`,
    renderReportHeaderHtml(model),
    renderSummaryHtml(model, sections),
    `<section class="fc-checked" aria-labelledby="fc-checked-heading">`,
    `<h2 id="fc-checked-heading">Checked claims</h2>`,
    sections.checked.length > 0
      ? sections.checked.map((claim) => renderCheckedClaimHtml(claim, text, model.reportUrl)).join("\n")
      : `<p>No claim has been checked yet.</p>`,
    `</section>`,
  ];
  if (includePending && sections.notYetChecked.length > 0) {
    parts.push(
      `<section class="fc-pending" aria-labelledby="fc-pending-heading">`,
      `<h2 id="fc-pending-heading">Not yet checked</h2>`,
      `<p>These claims are still being checked. They have no rating yet, and nothing here is a finding.</p>`,
      `<ol class="fc-pending-list">`,
      ...sections.notYetChecked.map((claim) => renderPendingClaimHtml(claim, text)),
      `</ol>`,
      `</section>`,
    );
  }
  parts.push(
    `<footer><p>Report by ${escapeHtml(model.organization.name)}, generated ${escapeHtml(formatTimestamp(model.generatedAt))}.</p></footer>`,
    `</article>`,
  );
  return parts.join("\n");
}

/** A complete, self-contained HTML document of the report. */
export function renderReportHtml(model: ReportModel, options: ReportOptions = {}): string {
  return renderStandaloneDocument({
    title: `Fact check: ${model.article.title}`,
    styles: `${documentStyles}\n${reportStyles}`,
    body: `<main>\n${renderReportBody(model, options)}\n</main>`,
  });
}
