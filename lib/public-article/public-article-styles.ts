/*
 * CSS of the annotated article and the claim card, on top of the report's
 * (report-styles.ts, scoped under .fc-report). A highlight is a tinted,
 * underlined run of text; passages under two or more claims are darker and
 * double-underlined. Every highlight starts with a label that says the claim
 * number and rating in text, so colour is never the only signal.
 */

/** Text for screen readers only (the words around a label that sighted readers get from layout). */
const visuallyHidden = `.pa-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }`;

export const annotatedArticleStyles = `
.fc-report .pa-nav { display: flex; flex-wrap: wrap; gap: 0.3rem 1.4rem; margin: 1rem 0; padding: 0; list-style: none; }
.fc-report .pa-findings { font-weight: 600; }
.fc-report .pa-text p { margin: 0 0 1.1rem; font-size: 1.06rem; line-height: 1.75; white-space: pre-line; }
.fc-report .pa-mark { background: #fef3c7; color: inherit; padding: 0.1rem 0; border-bottom: 2px solid #92400e; }
.fc-report .pa-mark-overlap { background: #fcd34d; border-bottom: 4px double #92400e; }
.fc-report .pa-ref { display: inline-block; margin: 0 0.2rem 0 0; color: var(--fc-ink); font-weight: 700; font-size: 0.8rem;
  line-height: 1.3; text-decoration: none; vertical-align: 0.1em; white-space: nowrap; border-radius: 0.3rem; }
.fc-report .pa-ref:hover .fc-rating, .fc-report .pa-ref:focus-visible .fc-rating { text-decoration: underline; }
.fc-report .pa-ref:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.fc-report .pa-ref-number { display: inline-block; min-width: 1.5em; margin-right: 0.2rem; padding: 0.05rem 0.3rem; border-radius: 999px;
  background: var(--fc-ink); color: #fff; text-align: center; }
.fc-report .pa-ref .fc-rating { padding: 0 0.35rem; }
.fc-report .pa-verdict .fc-claim:target { outline: 3px solid #1d4ed8; outline-offset: 3px; }
.fc-report .pa-back { margin: -1rem 0 1.6rem; }
${visuallyHidden}
@media print {
  .fc-report .pa-mark, .fc-report .pa-mark-overlap { background: none; }
  .fc-report .pa-ref { font-size: 8pt; }
}
`.trim();

/** The card fills a small iframe: no page padding, no outer margin. */
export const claimCardBodyStyles = `
html { background: #fff; }
body { margin: 0; padding: 0.6rem; }
`.trim();

export const claimCardStyles = `
.fc-report.pa-card { max-width: none; }
.fc-report.pa-card .fc-kicker { margin-bottom: 0.4rem; }
.fc-report.pa-card .fc-claim { margin: 0; }
.fc-report.pa-card .pa-card-link { margin: 0.8rem 0 0; font-weight: 700; }
${visuallyHidden}
`.trim();
