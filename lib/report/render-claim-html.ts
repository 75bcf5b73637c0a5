import { hostOf } from "../article/format";
import { renderMarkdown } from "../markdown/render-markdown";
import { escapeHtml, renderLink, toSafeColor, toSafeHref } from "./escape";
import { formatDay, formatTimestamp } from "./report-dates";
import { statusLabelOf } from "./report-labels";
import type { ReportClaim, ReportRating, ReportSource, ReportVerdict } from "./report-model";
import type { CheckedClaim } from "./report-sections";
import { claimInContext } from "./sentence-context";
import { wordBasis } from "./verdict-basis";

/*
 * One claim of the HTML report. Every model string goes through escapeHtml
 * or renderLink; the rationale alone is HTML already, from renderMarkdown,
 * which escapes raw HTML and sanitizes what it emits.
 */

/** The rating as colour AND text: short code and label. */
export function renderRatingBadge(rating: ReportRating): string {
  return (
    `<span class="fc-rating" style="--fc-rating-color:${toSafeColor(rating.color)}">` +
    `<span class="fc-rating-code" aria-hidden="true">${escapeHtml(rating.shortCode)}</span>${escapeHtml(rating.label)}</span>`
  );
}

/** The quote inside its sentence, the quote itself in <mark>. */
export function renderQuoteHtml(text: string, claim: Pick<ReportClaim, "anchored" | "selector">): string {
  const { before, quote, after } = claimInContext(text, claim);
  return `<blockquote class="fc-quote"><p>${escapeHtml(before)}<mark>${escapeHtml(quote)}</mark>${escapeHtml(after)}</p></blockquote>`;
}

function renderClaimant(claimant: string | null): string {
  return claimant
    ? `<p class="fc-claimant">Claimant: ${escapeHtml(claimant)}</p>`
    : `<p class="fc-claimant">Claimant: not attributed</p>`;
}

function renderMovedNote(claim: ReportClaim): string {
  return claim.anchored
    ? ""
    : `<p class="fc-note">The article text around this quote has changed since the claim was marked.</p>`;
}

function renderSource(source: ReportSource): string {
  const host = hostOf(source.url);
  const parts = [renderLink(source.url, source.title || source.url)];
  if (source.publisher) parts.push(escapeHtml(source.publisher));
  else if (host) parts.push(escapeHtml(host));
  let line = `${parts.join(", ")}.`;
  if (source.accessedAt) line += ` Accessed ${escapeHtml(formatDay(source.accessedAt))}.`;
  // An archive link that is not http(s) is left out: "Archived copy" without a link would promise what is not there.
  if (toSafeHref(source.archiveUrl) !== null) line += ` ${renderLink(source.archiveUrl, "Archived copy")}.`;
  const excerpt = source.excerpt ? `<p class="fc-excerpt">“${escapeHtml(source.excerpt)}”</p>` : "";
  return `<li>${line}${excerpt}</li>`;
}

function renderSources(sources: ReportSource[]): string {
  if (sources.length === 0) return `<p class="fc-note">No sources are listed for this verdict.</p>`;
  return `<h4>Sources</h4><ol class="fc-sources">${sources.map(renderSource).join("")}</ol>`;
}

/** The earlier fact-check the verdict was started from, if any; `siteUrl` places a same-site link (the report's public URL). */
function renderBasis(verdict: ReportVerdict, siteUrl: string | null): string {
  if (!verdict.basedOn) return "";
  const { linkText, href, date, statement, rating } = wordBasis(verdict.basedOn, siteUrl);
  return `<p class="fc-based-on">Based on ${renderLink(href, linkText)}${escapeHtml(date)}: “<span class="fc-lines">${escapeHtml(statement)}</span>” — rated ${escapeHtml(rating)}</p>`;
}

/**
 * Who wrote and who approved the verdict, and when it was approved. Names
 * appear only when the model carries them (public reports may hide them).
 */
function renderApproval(verdict: ReportVerdict): string {
  const approvals = verdict.reviews.filter((review) => review.decision === "approve");
  // Each approver once: a reviewer who approved, asked for changes and approved again is one approver.
  const approvers = [...new Set(approvals.flatMap((review) => (review.reviewer ? [review.reviewer] : [])))];
  const approvedAt = verdict.approvedAt ?? approvals.at(-1)?.at ?? null;
  const parts: string[] = [];
  if (verdict.author) parts.push(`Verdict by ${escapeHtml(verdict.author)}`);
  let approved = approvers.length > 0 ? `Approved by ${escapeHtml(approvers.join(", "))}` : "Approved";
  if (approvedAt) approved += ` on ${escapeHtml(formatTimestamp(approvedAt))}`;
  parts.push(approved);
  return `<p class="fc-approval">${parts.join(". ")}.</p>`;
}

/** A checked claim with its verdict, anchored at #claim-N; `siteUrl` is the report's public URL, for same-site links. */
export function renderCheckedClaimHtml(claim: CheckedClaim, text: string, siteUrl: string | null): string {
  const { verdict } = claim;
  const id = `claim-${claim.number}`;
  return [
    `<section class="fc-claim" id="${id}" aria-labelledby="${id}-heading" style="--fc-rating-color:${toSafeColor(verdict.rating.color)}">`,
    `<div class="fc-claim-head">`,
    `<h3 id="${id}-heading"><span class="fc-claim-number">Claim ${claim.number}</span><span class="fc-lines">${escapeHtml(claim.statement)}</span></h3>`,
    renderClaimant(claim.claimant),
    renderQuoteHtml(text, claim),
    renderMovedNote(claim),
    `<p class="fc-verdict">${renderRatingBadge(verdict.rating)} <span class="fc-lines">${escapeHtml(verdict.summary)}</span></p>`,
    renderBasis(verdict, siteUrl),
    `</div>`,
    `<div class="fc-rationale">${renderMarkdown(verdict.rationale)}</div>`,
    renderSources(verdict.sources),
    renderApproval(verdict),
    `</section>`,
  ]
    .filter((line) => line !== "")
    .join("\n");
}

/** A claim still being checked: what was claimed and where it stands, never an unapproved rating. */
export function renderPendingClaimHtml(claim: ReportClaim, text: string): string {
  return [
    `<li class="fc-pending-claim" id="claim-${claim.number}">`,
    `<p class="fc-statement">Claim ${claim.number}: ${escapeHtml(claim.statement)}</p>`,
    renderClaimant(claim.claimant),
    renderQuoteHtml(text, claim),
    renderMovedNote(claim),
    `<p class="fc-status">Status: ${escapeHtml(statusLabelOf(claim.status))}</p>`,
    `</li>`,
  ]
    .filter((line) => line !== "")
    .join("\n");
}
