import { hostOf } from "../article/format";
import { renderRatingChart } from "./chart-svg";
import { escapeHtml, renderLink } from "./escape";
import { renderRatingBadge } from "./render-claim-html";
import { formatDay, formatTimestamp, reportDateOf } from "./report-dates";
import type { ReportModel } from "./report-model";
import { countRatings, type ReportSections } from "./report-sections";

/*
 * The top of the HTML report: what article was checked, by whom and when,
 * and the outcome at a glance (counts, chart, and what each rating means).
 */

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Title, article metadata with a link to the article, and the report's date. */
export function renderReportHeaderHtml(model: ReportModel): string {
  const { article, organization, publication } = model;
  const about: string[] = [];
  if (article.byline) about.push(`by ${escapeHtml(article.byline)}`);
  if (article.dateline) about.push(escapeHtml(article.dateline));
  if (article.publishedAt) about.push(`published ${escapeHtml(formatDay(article.publishedAt))}`);
  const host = hostOf(article.sourceUrl);
  const source = renderLink(article.sourceUrl, host ? `Read the article on ${host}` : "Read the article");
  const date = formatDay(reportDateOf(model));
  const status = publication
    ? `Published ${escapeHtml(date)} (version ${publication.version})`
    : `Generated ${escapeHtml(formatTimestamp(model.generatedAt))}; not published`;

  return [
    `<header class="fc-report-header">`,
    `<p class="fc-kicker">Fact-check report · ${renderLink(organization.url, organization.name)}</p>`,
    `<h1>${escapeHtml(article.title)}</h1>`,
    `<dl class="fc-meta">`,
    about.length > 0 ? `<dt>Article</dt><dd>${about.join(" · ")}</dd>` : "",
    article.sourceUrl ? `<dt>Source</dt><dd>${source}</dd>` : "",
    `<dt>Report</dt><dd>${status}</dd>`,
    `<dt>Text checked</dt><dd>Revision ${article.revision}</dd>`,
    `</dl>`,
    `</header>`,
  ]
    .filter((line) => line !== "")
    .join("\n");
}

/** How many claims were checked, the counts by rating, the chart and the rating legend. */
export function renderSummaryHtml(model: ReportModel, sections: ReportSections): string {
  const { checked, notYetChecked } = sections;
  const listed = checked.length + notYetChecked.length;
  const counts = countRatings(model);
  const nonZero = counts.filter((entry) => entry.count > 0);
  const dismissed = model.claims.filter((claim) => claim.status === "dismissed").length;

  const lines = [
    `<section class="fc-summary" aria-labelledby="fc-summary-heading">`,
    `<h2 id="fc-summary-heading">Summary</h2>`,
    `<p><strong>${checked.length} of ${plural(listed, "claim", "claims")} checked.</strong>` +
      (notYetChecked.length > 0
        ? ` ${plural(notYetChecked.length, "claim is", "claims are")} still being checked.`
        : "") +
      (dismissed > 0
        ? ` ${plural(dismissed, "claim was", "claims were")} set aside as not checkable and ${dismissed === 1 ? "is" : "are"} not listed.`
        : "") +
      `</p>`,
  ];
  if (nonZero.length > 0) {
    lines.push(
      `<ul class="fc-rating-counts" aria-label="Checked claims by rating">`,
      ...nonZero.map(({ rating, count }) => `<li>${renderRatingBadge(rating)} ${count}</li>`),
      `</ul>`,
    );
  }
  lines.push(
    `<figure class="fc-chart-figure">`,
    renderRatingChart(model),
    `</figure>`,
    `<h3>How we rate</h3>`,
    `<dl class="fc-legend">`,
    ...counts.map(
      ({ rating }) =>
        `<div><dt>${renderRatingBadge(rating)}</dt><dd>${escapeHtml(rating.definition)}</dd></div>`,
    ),
    `</dl>`,
    `</section>`,
  );
  return lines.join("\n");
}
