/*
 * The report's CSS, scoped under .fc-report so the app can embed the same
 * body in its own pages without the styles leaking either way. A report
 * must not fetch anything: the standalone document embeds its fonts
 * (lib/report-fonts), the app's page uses the app's. Rating colours arrive per element
 * as --fc-rating-color (validated hex, see escape.ts); every coloured thing
 * also carries its rating as text. In print the approval line stays with
 * the claim's text, and the pending section starts no page of its own (that
 * left a nearly empty page whenever the last checked claim spilled a line).
 *
 * The report must look the same as a standalone page (the browser's
 * defaults) and embedded in the app, whose Tailwind preflight zeroes
 * margins and padding, removes list markers and link underlines, and sets
 * headings to the body's size and weight. So the first block restates,
 * inside .fc-report, the browser defaults the report relies on. Being
 * outside any @layer, it beats preflight (in Tailwind's base layer)
 * whatever the specificity; being plain element selectors, it loses to
 * the class rules below, and the element rules below (h1 to h4, a) come
 * later, so they win ties.
 */

export const reportStyles = `
.fc-report, .fc-report *, .fc-report *::before, .fc-report *::after { box-sizing: border-box; }
.fc-report p, .fc-report ul, .fc-report ol, .fc-report dl, .fc-report pre { margin: 1em 0; }
.fc-report blockquote, .fc-report figure { margin: 1em 40px; }
.fc-report dd { margin-left: 40px; }
.fc-report ul, .fc-report ol { padding-left: 40px; }
.fc-report ul { list-style: disc outside; }
.fc-report ol { list-style: decimal outside; }
.fc-report ul ul, .fc-report ol ul { list-style-type: circle; }
.fc-report ul ul ul, .fc-report ol ul ul, .fc-report ul ol ul { list-style-type: square; }
.fc-report li ul, .fc-report li ol { margin: 0; }
.fc-report h1, .fc-report h2, .fc-report h3, .fc-report h4, .fc-report h5, .fc-report h6 { font-weight: 700; }
.fc-report h5 { font-size: 0.83em; margin: 1.67em 0; }
.fc-report h6 { font-size: 0.67em; margin: 2.33em 0; }
.fc-report a { text-decoration: underline; }
.fc-report strong, .fc-report b, .fc-report th { font-weight: 700; }
.fc-report em { font-style: italic; }
.fc-report s { text-decoration: line-through; }
.fc-report code, .fc-report pre { font-size: 0.9em; }
.fc-report pre { white-space: pre-wrap; }
.fc-report hr { height: 0; margin: 1em 0; border: 0; border-top: 1px solid var(--fc-rule); }
.fc-report table { border-collapse: collapse; text-indent: 0; }
.fc-report img, .fc-report svg { vertical-align: middle; }
.fc-report { --fc-ink: #1f2937; --fc-muted: #4b5563; --fc-rule: #d1d5db; --fc-tint: #f3f4f6;
  color: var(--fc-ink); font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 1rem; line-height: 1.55; max-width: 48rem; margin: 0 auto; overflow-wrap: anywhere; }
.fc-report h1 { font-size: 1.8rem; line-height: 1.2; margin: 0.2rem 0 0.8rem; }
.fc-report h2 { font-size: 1.35rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--fc-ink); }
.fc-report h3 { font-size: 1.12rem; line-height: 1.35; margin: 0 0 0.4rem; }
.fc-report h4 { font-size: 1rem; margin: 1rem 0 0.4rem; }
.fc-report a { color: #1d4ed8; }
.fc-report .fc-kicker { margin: 0; color: var(--fc-muted); font-size: 0.9rem; text-transform: uppercase; letter-spacing: 0.04em; }
.fc-report .fc-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
.fc-report .fc-meta dt { font-weight: 600; }
.fc-report .fc-meta dd { margin: 0; }
.fc-report .fc-lines { white-space: pre-line; }
.fc-report .fc-rating { display: inline-block; padding: 0.05rem 0.5rem; border: 2px solid var(--fc-rating-color, #475569);
  border-radius: 0.3rem; color: var(--fc-rating-color, #475569); background: #fff; font-weight: 700; white-space: nowrap; }
.fc-report .fc-rating-code { display: inline-block; min-width: 1.6em; margin-right: 0.3rem; padding: 0 0.2rem; border-radius: 0.2rem;
  background: var(--fc-rating-color, #475569); color: #fff; text-align: center; }
.fc-report .fc-rating-counts { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; padding: 0; list-style: none; }
.fc-report .fc-chart { display: block; max-width: 100%; height: auto; margin: 1rem 0; }
.fc-report .fc-legend { margin: 0; }
.fc-report .fc-legend div { display: grid; grid-template-columns: 10.5rem 1fr; gap: 0.2rem 0.8rem; align-items: baseline; margin: 0.35rem 0; }
.fc-report .fc-legend dd { margin: 0; color: var(--fc-muted); }
.fc-report .fc-claim { margin: 1.6rem 0; padding: 1rem 1.2rem; border: 1px solid var(--fc-rule); border-left: 6px solid var(--fc-rating-color, #475569); border-radius: 0.4rem; }
.fc-report .fc-claim-number { display: block; color: var(--fc-muted); font-size: 0.85rem; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; }
.fc-report .fc-claimant, .fc-report .fc-status, .fc-report .fc-approval, .fc-report .fc-note, .fc-report .fc-based-on { margin: 0.3rem 0; color: var(--fc-muted); font-size: 0.95rem; }
.fc-report .fc-quote { margin: 0.8rem 0; padding: 0.5rem 0.9rem; border-left: 4px solid var(--fc-rule); background: var(--fc-tint); }
.fc-report .fc-quote p { margin: 0; white-space: pre-line; }
.fc-report mark { background: #fde68a; color: inherit; padding: 0 0.1rem; }
.fc-report .fc-verdict { margin: 0.8rem 0; font-size: 1.05rem; }
.fc-report .fc-rationale { margin: 0.6rem 0; }
.fc-report .fc-rationale table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; margin: 0.6rem 0; font-size: 0.95rem; }
.fc-report .fc-rationale th, .fc-report .fc-rationale td { border: 1px solid var(--fc-rule); padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
.fc-report .fc-rationale th { background: var(--fc-tint); }
.fc-report .fc-rationale blockquote { margin: 0.5rem 0; padding-left: 0.8rem; border-left: 3px solid var(--fc-rule); }
.fc-report .fc-sources { padding-left: 1.4rem; }
.fc-report .fc-sources li { margin: 0.3rem 0; }
.fc-report .fc-excerpt { margin: 0.2rem 0 0; color: var(--fc-muted); font-style: italic; white-space: pre-line; }
.fc-report .fc-pending { margin-top: 3rem; padding-top: 0.5rem; border-top: 4px double var(--fc-ink); }
.fc-report .fc-pending-list { padding-left: 0; list-style: none; }
.fc-report .fc-pending-claim { margin: 1rem 0; padding: 0.8rem 1rem; border: 1px dashed var(--fc-rule); border-radius: 0.4rem; }
.fc-report .fc-pending-claim .fc-statement { margin: 0; font-weight: 600; white-space: pre-line; }
.fc-report footer { margin-top: 3rem; padding-top: 0.6rem; border-top: 1px solid var(--fc-rule); color: var(--fc-muted); font-size: 0.85rem; }
@media print {
  .fc-no-print { display: none !important; }
  .fc-report { max-width: none; font-size: 10.5pt; color: #000; }
  .fc-report, .fc-report * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .fc-report a { color: inherit; }
  .fc-report a[href]::after { content: " (" attr(href) ")"; font-size: 85%; overflow-wrap: anywhere; }
  .fc-report a[href^="#"]::after { content: ""; }
  .fc-report h1, .fc-report h2, .fc-report h3, .fc-report h4 { break-after: avoid; page-break-after: avoid; }
  .fc-report .fc-claim-head, .fc-report .fc-quote, .fc-report .fc-chart, .fc-report .fc-sources li,
  .fc-report .fc-pending-claim, .fc-report .fc-legend div { break-inside: avoid; page-break-inside: avoid; }
  .fc-report .fc-claim { border-left-width: 4px; }
  .fc-report .fc-approval { break-before: avoid; page-break-before: avoid; }
  .fc-report p { orphans: 3; widows: 3; }
}
`.trim();

/** Page-level CSS for the standalone document only; the app's own page provides its own. */
export const documentStyles = `
html { background: #fff; }
body { margin: 0; padding: 2rem 1.2rem 3rem; }
@media print { body { padding: 0; } @page { margin: 18mm 16mm; } }
`.trim();
