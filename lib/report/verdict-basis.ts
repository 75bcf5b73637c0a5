import { siblingPublicUrl } from "../public-article/public-urls";
import { isSameSitePath, toSafeHref } from "./escape";
import { formatDay } from "./report-dates";
import type { ReportModel, ReportVerdict, ReportVerdictBasis } from "./report-model";

/*
 * "Based on": the earlier fact-check a verdict was started from. Every
 * format says it the same way, "Based on <publisher>'s fact-check (<date>):
 * “<statement>” — rated <rating>", linking the publisher's fact-check only
 * where basisHref allows. The basis is a snapshot of someone else's words
 * (an imported ClaimReview is another publisher's JSON-LD), so each format
 * escapes every part of it like any other user text.
 */

/**
 * Where a basis links: an absolute http(s) URL (normalised, as toSafeHref
 * does), or a same-site path put on the origin of `siteUrl` (the report's
 * public URL, the way the report places its own public pages). Null for
 * anything else (javascript:, data:, relative paths) and for a path when
 * there is no http(s) site URL to put it on.
 */
export function basisHref(url: string | null, siteUrl: string | null): string | null {
  if (url === null) return null;
  if (!isSameSitePath(url)) return toSafeHref(url);
  const href = siblingPublicUrl(siteUrl, url);
  const site = toSafeHref(siteUrl);
  // The URL parser drops tabs and newlines, so "/\t/evil.example" would still leave the site: check where it ended up.
  return href !== null && site !== null && new URL(href).origin === new URL(site).origin ? href : null;
}

/** The parts of the "based on" sentence, plain text (each format escapes them its own way). */
export interface BasisWording {
  /** "Full Fact's fact-check": the link text. */
  linkText: string;
  href: string | null;
  /** " (4 December 2026)", or "" when the date is unknown. */
  date: string;
  statement: string;
  rating: string;
}

/** The sentence's parts for one basis; `siteUrl` as for basisHref. */
export function wordBasis(basis: ReportVerdictBasis, siteUrl: string | null): BasisWording {
  return {
    linkText: `${basis.publisher}'s fact-check`,
    href: basisHref(basis.url, siteUrl),
    date: basis.publishedAt ? ` (${formatDay(basis.publishedAt)})` : "",
    statement: basis.statement,
    rating: basis.ratingLabel,
  };
}

function withAbsoluteUrl(verdict: ReportVerdict, siteUrl: string): ReportVerdict {
  if (!verdict.basedOn) return verdict;
  return { ...verdict, basedOn: { ...verdict.basedOn, url: basisHref(verdict.basedOn.url, siteUrl) } };
}

/**
 * The model with every basis URL absolute (or null when it may not be
 * linked), same-site paths put on the report's own origin or, for a report
 * with no public address yet, on `origin` (the app's public origin). For
 * downloads: a file read elsewhere cannot follow a path.
 */
export function withAbsoluteBasisUrls(model: ReportModel, origin: string): ReportModel {
  const siteUrl = toSafeHref(model.reportUrl) ?? origin;
  return {
    ...model,
    claims: model.claims.map((claim) => ({
      ...claim,
      verdict: claim.verdict ? withAbsoluteUrl(claim.verdict, siteUrl) : null,
      pendingVerdicts: claim.pendingVerdicts.map((verdict) => withAbsoluteUrl(verdict, siteUrl)),
    })),
  };
}
