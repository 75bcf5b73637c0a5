import { toSafeHref } from "@/lib/report/escape";
import { renderClaimReviews, type ClaimReviewJsonLd } from "@/lib/report/render-claimreview";
import type { ReportModel } from "@/lib/report/report-model";
import { countRatings, sortClaimsIntoSections } from "@/lib/report/report-sections";

/** One published fact-check as both feeds list it. */
export interface FeedEntry {
  /** The public report's URL: the entry's link and its id, stable across versions. */
  url: string;
  title: string;
  /** Plain text: the counts by rating, then each checked claim with its rating. */
  summary: string;
  /** When version 1 went out, and when the current version did (ISO). */
  published: string;
  updated: string;
  author: { name: string; url: string | null };
  claimReviews: ClaimReviewJsonLd[];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What readers learn from the report at a glance, as plain text (each feed format escapes it its own way). */
export function summaryOf(model: ReportModel): string {
  const { checked } = sortClaimsIntoSections(model);
  if (checked.length === 0) return "No claim in this article has a published verdict yet.";
  const ratings = countRatings(model)
    .filter(({ count }) => count > 0)
    .map(({ rating, count }) => `${count} ${rating.label}`);
  const claims = checked.map(
    (claim) =>
      `Claim ${claim.number} (${claim.verdict.rating.label}): ${claim.statement.replace(/\s+/g, " ").trim()}`,
  );
  return [`${plural(checked.length, "claim", "claims")} checked: ${ratings.join(", ")}.`, ...claims].join(
    "\n",
  );
}

/**
 * A published snapshot as a feed entry; null for a snapshot without an
 * http(s) public URL or a publication (publishReport always stores both,
 * but the column is plain JSON and a link must never be anything else).
 */
export function feedEntryOf(model: ReportModel): FeedEntry | null {
  const url = toSafeHref(model.reportUrl);
  if (!url || !model.publication) return null;
  return {
    url,
    title: model.article.title,
    summary: summaryOf(model),
    published: model.publication.firstPublishedAt ?? model.publication.publishedAt,
    updated: model.publication.publishedAt,
    author: model.organization,
    claimReviews: renderClaimReviews(model).jsonLd,
  };
}
