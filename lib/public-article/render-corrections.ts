import { escapeHtml } from "../report/escape";
import { formatDay } from "../report/report-dates";
import type { ReportModel } from "../report/report-model";

/*
 * The corrections notice at the top of a public page, as corrections
 * policies ask: every correction so far, newest first, each dated. The note
 * is plain text from an editor, so it is escaped and never read as Markdown.
 */

/** `<section>` with "Corrected on <date>: <note>" lines, or "" when the version carries none. */
export function renderCorrectionsHtml(model: Pick<ReportModel, "publication">): string {
  const corrections = model.publication?.corrections ?? [];
  if (corrections.length === 0) return "";
  const lines = [...corrections]
    .reverse()
    .map(
      (c) =>
        `<p style="margin:.25rem 0;white-space:pre-line"><strong>Corrected on ${escapeHtml(formatDay(c.at))}:</strong> ${escapeHtml(c.note)}</p>`,
    );
  return `<section class="fc-corrections" aria-label="Corrections" style="max-width:48rem;margin:0 auto 1rem;background:#eff6ff;border:1px solid #1d4ed8;border-radius:.25rem;padding:.6rem 1rem;color:#1e293b">${lines.join("")}</section>`;
}
