import { escapeHtml, toSafeColor } from "./escape";
import type { ReportModel } from "./report-model";
import { countRatings } from "./report-sections";

/*
 * The rating distribution as an inline SVG bar chart: no script, no external
 * font or image, so it works in the self-contained HTML, in print and in the
 * PDF. Every bar carries its label and count as text next to the colour, so
 * colour is never the only signal, and <title>/<desc> give screen readers
 * the whole chart in one sentence.
 */

const ROW_HEIGHT = 28;
const BAR_HEIGHT = 18;
const LABEL_WIDTH = 190;
const BAR_MAX_WIDTH = 330;
const COUNT_GAP = 8;
const WIDTH = LABEL_WIDTH + BAR_MAX_WIDTH + 60;

/** An accessible SVG bar chart of how many checked claims got each rating. */
export function renderRatingChart(model: Pick<ReportModel, "claims" | "ratings">): string {
  const counts = countRatings(model);
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  const max = Math.max(1, ...counts.map((entry) => entry.count));
  const height = Math.max(1, counts.length) * ROW_HEIGHT;
  const title = `Ratings of the ${total} checked ${total === 1 ? "claim" : "claims"}`;
  const description = counts.map(({ rating, count }) => `${rating.label}: ${count}`).join("; ");

  const rows = counts.map(({ rating, count }, index) => {
    const y = index * ROW_HEIGHT;
    const barWidth = round((count / max) * BAR_MAX_WIDTH);
    const textY = y + ROW_HEIGHT / 2;
    const label = `${rating.shortCode} · ${rating.label}`;
    return [
      `<g class="fc-chart-row">`,
      `<text x="${LABEL_WIDTH - COUNT_GAP}" y="${textY}" text-anchor="end" dominant-baseline="middle">${escapeHtml(label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + (ROW_HEIGHT - BAR_HEIGHT) / 2}" width="${barWidth}" height="${BAR_HEIGHT}" rx="2" fill="${toSafeColor(rating.color)}"/>`,
      `<text x="${round(LABEL_WIDTH + barWidth + COUNT_GAP)}" y="${textY}" dominant-baseline="middle" font-weight="bold">${count}</text>`,
      `</g>`,
    ].join("");
  });

  return [
    `<svg class="fc-chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="fc-chart-title fc-chart-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="inherit" font-size="14" fill="currentColor">`,
    `<title id="fc-chart-title">${escapeHtml(title)}</title>`,
    `<desc id="fc-chart-desc">${escapeHtml(description)}</desc>`,
    ...rows,
    `</svg>`,
  ].join("\n");
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
