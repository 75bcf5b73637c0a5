import { toSafeHref } from "./escape";
import { toDay } from "./report-dates";
import type { ReportModel, ReportRating } from "./report-model";
import { sortClaimsIntoSections, type CheckedClaim } from "./report-sections";
import { basisHref } from "./verdict-basis";

/*
 * schema.org ClaimReview JSON-LD, one per approved claim, for search engines
 * and fact-check aggregators. Google's guidelines (developers.google.com/
 * search/docs/appearance/structured-data/factcheck) require claimReviewed,
 * reviewRating (with alternateName) and url, and recommend author,
 * datePublished and itemReviewed (a Claim with author, datePublished and an
 * appearance). We still emit what we can when a field is missing, and list
 * each broken recommendation in `warnings` for the editor: a report is
 * never blocked on search-engine markup. An unpublished report has no
 * datePublished either; that is not a warning: publishing fills it in, and
 * the report page says so. (Google's page also says it is
 * phasing ClaimReview out of Search; the Fact Check Explorer and other
 * consumers keep reading it.) The organisation's logo goes in as
 * `author.logo`, a schema.org ImageObject: Google's fact-check table does
 * not list it, but schema.org defines Organization.logo, and a missing one
 * is warned about, as aggregators show the publisher's logo beside its
 * fact checks. lib/report/testing/ checks the output against Google's
 * table and the schema.org vocabulary. A verdict started from an earlier
 * fact-check names it in `isBasedOn` (a CreativeWork property; a
 * ClaimReview is a CreativeWork), with its own claimReviewed, rating and
 * publisher, so aggregators can follow the chain of checks.
 */

/** Google: "try to keep this less than 75 characters to minimize wrapping when displayed on a mobile device". */
export const CLAIM_REVIEWED_MAX = 75;

interface Organization {
  "@type": "Organization";
  name: string;
  url?: string;
  logo?: { "@type": "ImageObject"; url: string };
}

/** The earlier fact-check a ClaimReview is based on, as far as it is known. */
export interface BasisClaimReviewJsonLd {
  "@type": "ClaimReview";
  url?: string;
  claimReviewed: string;
  author: { "@type": "Organization"; name: string };
  datePublished?: string;
  reviewRating: { "@type": "Rating"; alternateName: string };
}

export interface ClaimReviewJsonLd {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url?: string;
  claimReviewed: string;
  author: Organization;
  /** When the fact-check first went public, and when its current version did. */
  datePublished?: string;
  dateModified?: string;
  reviewRating: {
    "@type": "Rating";
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  itemReviewed: {
    "@type": "Claim";
    /** The model does not say whether a claimant is a person, so it is typed as an Organization. */
    author?: { "@type": "Organization"; name: string };
    datePublished?: string;
    appearance?: { "@type": "CreativeWork"; url: string };
  };
  isBasedOn?: BasisClaimReviewJsonLd;
}

export interface ClaimReviewResult {
  jsonLd: ClaimReviewJsonLd[];
  /** Sentences for the editor, one per broken recommendation; empty when the markup follows them all. */
  warnings: string[];
}

/** The numeric ends of the scale, or null when fewer than two distinct numbers exist. */
function scaleBoundsOf(ratings: ReportRating[]): { best: number; worst: number } | null {
  const values = ratings.flatMap((rating) => (rating.value === null ? [] : [rating.value]));
  if (values.length === 0) return null;
  const best = Math.max(...values);
  const worst = Math.min(...values);
  return best > worst ? { best, worst } : null;
}

function toReviewRating(rating: ReportRating, model: ReportModel): ClaimReviewJsonLd["reviewRating"] {
  const reviewRating: ClaimReviewJsonLd["reviewRating"] = { "@type": "Rating", alternateName: rating.label };
  const bounds = scaleBoundsOf([...model.ratings, rating]);
  if (rating.value !== null && bounds !== null) {
    reviewRating.ratingValue = rating.value;
    reviewRating.bestRating = bounds.best;
    reviewRating.worstRating = bounds.worst;
  }
  return reviewRating;
}

/** Problems that affect every ClaimReview of the report: said once, not once per claim. */
function findReportWarnings(model: ReportModel, count: number): string[] {
  const warnings: string[] = [];
  if (toSafeHref(model.reportUrl) === null) {
    warnings.push(
      "The report has no public http(s) URL yet, so every ClaimReview lacks `url`, which Google requires. Publish the report first.",
    );
  }
  if (toSafeHref(model.organization.url) === null) {
    warnings.push(
      "The organisation has no http(s) URL in the settings, so `author.url` (recommended) is left out.",
    );
  }
  if (httpsLogoOf(model) === null) {
    warnings.push(
      "The organisation has no https logo address in the settings, so `author.logo` (recommended, shown by fact-check aggregators) is left out.",
    );
  }
  if (!model.article.publishedAt) {
    warnings.push(
      "The article has no publication date, so `itemReviewed.datePublished` (recommended) is left out.",
    );
  }
  if (toSafeHref(model.article.sourceUrl) === null) {
    warnings.push(
      "The article has no http(s) source URL, so `itemReviewed.appearance` (recommended) is left out.",
    );
  }
  const bounds = scaleBoundsOf(model.ratings);
  if (bounds !== null && bounds.worst < 1) {
    warnings.push(
      `The rating scale starts at ${bounds.worst}; Google requires worstRating to be at least 1.`,
    );
  }
  if (count > 1) {
    warnings.push(
      `The page carries ${count} ClaimReview items; Google shows its single fact-check rich result only for pages with exactly one.`,
    );
  }
  return warnings;
}

function findClaimWarnings(claim: CheckedClaim, claimReviewed: string): string[] {
  const warnings: string[] = [];
  const label = `Claim ${claim.number}`;
  // Characters as a reader counts them (code points), not UTF-16 units: an emoji is one.
  const length = Array.from(claimReviewed).length;
  if (length === 0) {
    warnings.push(`${label}: the statement is empty, and Google requires \`claimReviewed\`.`);
  }
  if (length > CLAIM_REVIEWED_MAX) {
    warnings.push(
      `${label}: \`claimReviewed\` is ${length} characters; Google recommends under ${CLAIM_REVIEWED_MAX} so it does not wrap on phones.`,
    );
  }
  if (!claim.claimant) {
    warnings.push(`${label}: no claimant, so \`itemReviewed.author\` (recommended) is left out.`);
  }
  if (claim.verdict.rating.label.trim() === "") {
    warnings.push(`${label}: the rating has no label, and Google requires \`reviewRating.alternateName\`.`);
  }
  if (claim.verdict.rating.value === null) {
    warnings.push(
      `${label}: “${claim.verdict.rating.label}” has no numeric value, so ratingValue, bestRating and worstRating (recommended) are left out; the textual rating still shows.`,
    );
  }
  return warnings;
}

/** The logo, only over https (as the setting requires; an old snapshot could hold anything). */
function httpsLogoOf(model: ReportModel): string | null {
  const href = toSafeHref(model.organization.logoUrl ?? null);
  return href?.startsWith("https://") ? href : null;
}

/** The parts every ClaimReview of the report shares, worked out once. */
interface SharedParts {
  reportUrl: string | null;
  author: Organization;
  datePublished: string | null;
  dateModified: string | null;
  claimDate: string | null;
  appearanceUrl: string | null;
}

function findSharedParts(model: ReportModel): SharedParts {
  const organizationUrl = toSafeHref(model.organization.url);
  const logoUrl = httpsLogoOf(model);
  return {
    reportUrl: toSafeHref(model.reportUrl)?.split("#")[0] ?? null,
    author: {
      "@type": "Organization",
      name: model.organization.name,
      ...(organizationUrl ? { url: organizationUrl } : {}),
      ...(logoUrl ? { logo: { "@type": "ImageObject", url: logoUrl } } : {}),
    },
    datePublished: toDay(model.publication?.firstPublishedAt ?? model.publication?.publishedAt ?? null),
    dateModified: toDay(model.publication?.publishedAt ?? null),
    claimDate: toDay(model.article.publishedAt),
    appearanceUrl: toSafeHref(model.article.sourceUrl),
  };
}

/** One line, as claimReviewed is shown in search results: no line breaks or runs of spaces. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function toBasisClaimReview(claim: CheckedClaim, reportUrl: string | null): BasisClaimReviewJsonLd | null {
  const basis = claim.verdict.basedOn;
  if (!basis) return null;
  const url = basisHref(basis.url, reportUrl);
  const datePublished = toDay(basis.publishedAt);
  return {
    "@type": "ClaimReview",
    ...(url ? { url } : {}),
    claimReviewed: oneLine(basis.statement),
    author: { "@type": "Organization", name: basis.publisher },
    ...(datePublished ? { datePublished } : {}),
    reviewRating: { "@type": "Rating", alternateName: basis.ratingLabel },
  };
}

function toClaimReview(
  claim: CheckedClaim,
  model: ReportModel,
  shared: SharedParts,
  claimReviewed: string,
): ClaimReviewJsonLd {
  const { reportUrl, author, datePublished, dateModified, claimDate, appearanceUrl } = shared;
  const isBasedOn = toBasisClaimReview(claim, reportUrl);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    ...(reportUrl ? { url: `${reportUrl}#claim-${claim.number}` } : {}),
    claimReviewed,
    author: { ...author, ...(author.logo ? { logo: { ...author.logo } } : {}) },
    ...(datePublished ? { datePublished } : {}),
    ...(dateModified ? { dateModified } : {}),
    reviewRating: toReviewRating(claim.verdict.rating, model),
    itemReviewed: {
      "@type": "Claim",
      ...(claim.claimant ? { author: { "@type": "Organization", name: claim.claimant } } : {}),
      ...(claimDate ? { datePublished: claimDate } : {}),
      ...(appearanceUrl ? { appearance: { "@type": "CreativeWork", url: appearanceUrl } } : {}),
    },
    ...(isBasedOn ? { isBasedOn } : {}),
  };
}

/** One ClaimReview per approved claim, in article order, and what in them breaks Google's recommendations. */
export function renderClaimReviews(model: ReportModel): ClaimReviewResult {
  const { checked } = sortClaimsIntoSections(model);
  const shared = findSharedParts(model);
  const jsonLd: ClaimReviewJsonLd[] = [];
  const claimWarnings: string[] = [];
  for (const claim of checked) {
    // Search results show it on one line: no line breaks or runs of spaces from the editor's typing.
    const claimReviewed = oneLine(claim.statement);
    jsonLd.push(toClaimReview(claim, model, shared, claimReviewed));
    claimWarnings.push(...findClaimWarnings(claim, claimReviewed));
  }
  const warnings = checked.length > 0 ? [...findReportWarnings(model, checked.length), ...claimWarnings] : [];
  return { jsonLd, warnings };
}
