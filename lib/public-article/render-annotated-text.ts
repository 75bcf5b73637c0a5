import { paragraphRanges } from "../article/canonical-text";
import { escapeHtml } from "../report/escape";
import { renderRatingBadge } from "../report/render-claim-html";
import type { ReportClaim } from "../report/report-model";
import type { CheckedClaim } from "../report/report-sections";
import { segmentRange, type TextSegment } from "./segment-claims";

/*
 * The article text with its checked claims highlighted. Each claim opens
 * with a label (a link) naming its number and rating, which jumps to the
 * verdict at #claim-N; the verdict links back to #ref-claim-N. Plain links,
 * so it works without JavaScript, by keyboard and in print.
 */

/** A claim is highlighted only where its stored span still holds its quote (the test claimInContext uses). */
export function isHighlighted(claim: ReportClaim, text: string): boolean {
  const { start, end, exact } = claim.selector;
  return claim.anchored && end > start && text.slice(start, end) === exact;
}

/** The id of a claim's label in the text, for the way back from its verdict. */
export const claimLabelId = (number: number) => `ref-claim-${number}`;

function renderLabel(claim: CheckedClaim): string {
  return (
    `<a class="pa-ref" id="${claimLabelId(claim.number)}" href="#claim-${claim.number}">` +
    `<span class="pa-ref-number"><span class="pa-visually-hidden">Claim </span>${claim.number}</span>` +
    `<span class="pa-visually-hidden">, rated </span>${renderRatingBadge(claim.verdict.rating)}` +
    `<span class="pa-visually-hidden">. Read the verdict</span></a>`
  );
}

function renderSegment(text: string, segment: TextSegment, byNumber: Map<number, CheckedClaim>): string {
  const labels = segment.starting.map((number) => renderLabel(byNumber.get(number)!)).join("");
  const words = escapeHtml(text.slice(segment.start, segment.end));
  if (segment.claims.length === 0) return labels + words;
  const overlap = segment.claims.length > 1 ? " pa-mark-overlap" : "";
  return `${labels}<mark class="pa-mark${overlap}">${words}</mark>`;
}

/** The paragraphs as `<p>` elements, the given claims highlighted (the caller passes only checked ones). */
export function renderAnnotatedText(text: string, claims: readonly CheckedClaim[]): string {
  const highlighted = claims.filter((claim) => isHighlighted(claim, text));
  const byNumber = new Map(highlighted.map((claim) => [claim.number, claim]));
  const spans = highlighted.map((claim) => ({
    number: claim.number,
    start: claim.selector.start,
    end: claim.selector.end,
  }));
  return paragraphRanges(text)
    .map(
      (range) =>
        `<p>${segmentRange(range, spans)
          .map((segment) => renderSegment(text, segment, byNumber))
          .join("")}</p>`,
    )
    .join("\n");
}
