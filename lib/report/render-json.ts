import type { AgreementFigures } from "../agreement/agreement-figures";
import { claimStatuses } from "../review/claim-status";
import { reportDateOf } from "./report-dates";
import { statusLabelOf } from "./report-labels";
import type {
  ReportClaim,
  ReportModel,
  ReportOptions,
  ReportRating,
  ReportReview,
  ReportSource,
  ReportVerdict,
} from "./report-model";
import { REPORT_SCHEMA_VERSION } from "./report-model";
import { countRatings, listReportedClaims, sortClaimsIntoSections } from "./report-sections";
import { basisHref } from "./verdict-basis";

/*
 * The report as versioned JSON, documented by report-json-schema.ts. It is
 * a public format, so it is built field by field rather than dumping the
 * model: a field added to the model for the app does not leak into it, and
 * a change to this shape is a new schemaVersion. Like the other formats it
 * lists the checked claims and (unless excluded) the ones not yet checked,
 * never dismissed ones. The article text is left out unless asked for: it
 * is usually someone else's copyrighted work, and the selectors already
 * locate each quote in it.
 */

export interface ReportJsonOptions extends ReportOptions {
  /** Include the full article text the selectors index into (default false). */
  includeArticleText?: boolean;
  /** The absolute URL of the report's JSON Schema, written as `$schema` (REPORT_SCHEMA_PATH on the app's origin). */
  schemaUrl?: string;
  /** How far the article's reviewers agree (lib/data/agreement); written as `agreement` when given. */
  agreement?: AgreementFigures;
}

/** Agreement between the article's reviewers on its claims' ratings, figures to three decimals. */
export interface ReportJsonAgreement {
  alpha: number | null;
  rawAgreement: number | null;
  pairableClaims: number;
  reviewers: number;
  reason: AgreementFigures["reason"];
}

export type ReportJsonRating = Pick<
  ReportRating,
  "key" | "label" | "shortCode" | "value" | "color" | "definition"
>;

export interface ReportJsonVerdict {
  id: string;
  version: number;
  rating: ReportJsonRating;
  summary: string;
  rationale: string;
  rationaleFormat: "text/markdown";
  sources: ReportSource[];
  author: string | null;
  reviews: ReportReview[];
  approvedAt: string | null;
  basedOn: ReportJsonBasis | null;
}

/** The earlier fact-check a verdict was started from; url is absolute http(s), or null when it may not be linked. */
export interface ReportJsonBasis {
  statement: string;
  rating: string;
  publisher: string;
  url: string | null;
  publishedAt: string | null;
}

export interface ReportJsonClaim {
  id: string;
  number: number;
  status: ReportClaim["status"];
  statusLabel: string;
  anchored: boolean;
  selector: ReportClaim["selector"];
  statement: string;
  claimant: string | null;
  type: string;
  createdAt: string;
  createdBy: string | null;
  verdict: ReportJsonVerdict | null;
  pendingVerdicts: ReportJsonVerdict[];
}

export interface ReportJson {
  $schema?: string;
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  generatedAt: string;
  reportDate: string;
  publication: ReportModel["publication"];
  organization: { name: string; url: string | null; logoUrl: string | null };
  reportUrl: string | null;
  article: Omit<ReportModel["article"], "text"> & { text?: string };
  summary: {
    claimsMarked: number;
    checked: number;
    notYetChecked: number;
    dismissed: number;
    percentDone: number;
    readyToPublish: boolean;
    byStatus: ReportModel["summary"]["counts"];
    byRating: Array<{ key: string; label: string; count: number }>;
  };
  ratings: ReportJsonRating[];
  claims: ReportJsonClaim[];
  agreement?: ReportJsonAgreement;
}

const threeDecimals = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

function toJsonAgreement(figures: AgreementFigures): ReportJsonAgreement {
  return {
    alpha: threeDecimals(figures.alpha),
    rawAgreement: threeDecimals(figures.rawAgreement),
    pairableClaims: figures.pairableClaims,
    reviewers: figures.reviewers,
    reason: figures.reason,
  };
}

function toJsonRating(rating: ReportRating): ReportJsonRating {
  const { key, label, shortCode, value, color, definition } = rating;
  return { key, label, shortCode, value, color, definition };
}

function toJsonBasis(basis: ReportVerdict["basedOn"], siteUrl: string | null): ReportJsonBasis | null {
  if (!basis) return null;
  const { statement, ratingLabel, publisher, url, publishedAt } = basis;
  return { statement, rating: ratingLabel, publisher, url: basisHref(url, siteUrl), publishedAt };
}

function toJsonVerdict(verdict: ReportVerdict, siteUrl: string | null): ReportJsonVerdict {
  return {
    id: verdict.id,
    version: verdict.version,
    rating: toJsonRating(verdict.rating),
    summary: verdict.summary,
    rationale: verdict.rationale,
    rationaleFormat: "text/markdown",
    sources: verdict.sources.map(({ url, title, publisher, excerpt, accessedAt, archiveUrl }) => ({
      url,
      title,
      publisher,
      excerpt,
      accessedAt,
      archiveUrl,
    })),
    author: verdict.author,
    reviews: verdict.reviews.map(({ reviewer, decision, at, comment }) => ({
      reviewer,
      decision,
      at,
      comment,
    })),
    approvedAt: verdict.approvedAt,
    basedOn: toJsonBasis(verdict.basedOn, siteUrl),
  };
}

function toJsonClaim(claim: ReportClaim, siteUrl: string | null): ReportJsonClaim {
  const { exact, prefix, suffix, start, end } = claim.selector;
  return {
    id: claim.id,
    number: claim.number,
    status: claim.status,
    statusLabel: statusLabelOf(claim.status),
    anchored: claim.anchored,
    selector: { exact, prefix, suffix, start, end },
    statement: claim.statement,
    claimant: claim.claimant,
    type: claim.type,
    createdAt: claim.createdAt,
    createdBy: claim.createdBy,
    // Only an approved claim shows its verdict as one, matching the other formats.
    verdict: claim.status === "approved" && claim.verdict ? toJsonVerdict(claim.verdict, siteUrl) : null,
    pendingVerdicts: claim.pendingVerdicts.map((verdict) => toJsonVerdict(verdict, siteUrl)),
  };
}

/** The report as a plain object matching `reportJsonSchema`; JSON.stringify it to serve. */
export function renderReportJson(model: ReportModel, options: ReportJsonOptions = {}): ReportJson {
  const { checked, notYetChecked } = sortClaimsIntoSections(model);
  const { id, title, byline, dateline, publishedAt, sourceUrl, revision, text } = model.article;
  const article = { id, title, byline, dateline, publishedAt, sourceUrl, revision };
  return {
    ...(options.schemaUrl ? { $schema: options.schemaUrl } : {}),
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: model.generatedAt,
    reportDate: reportDateOf(model),
    publication: model.publication
      ? {
          version: model.publication.version,
          publishedAt: model.publication.publishedAt,
          ...(model.publication.includesPending === undefined
            ? {}
            : { includesPending: model.publication.includesPending }),
          ...(model.publication.corrections ? { corrections: model.publication.corrections } : {}),
        }
      : null,
    organization: {
      name: model.organization.name,
      url: model.organization.url,
      logoUrl: model.organization.logoUrl ?? null,
    },
    reportUrl: model.reportUrl,
    article: options.includeArticleText ? { ...article, text } : article,
    summary: {
      claimsMarked: model.claims.length,
      checked: checked.length,
      notYetChecked: notYetChecked.length,
      dismissed: model.claims.filter((claim) => claim.status === "dismissed").length,
      percentDone: model.summary.percentDone,
      readyToPublish: model.summary.readyToPublish,
      byStatus: Object.fromEntries(
        claimStatuses.map((status) => [status, model.summary.counts[status] ?? 0]),
      ) as ReportJson["summary"]["byStatus"],
      byRating: countRatings(model).map(({ rating, count }) => ({
        key: rating.key,
        label: rating.label,
        count,
      })),
    },
    ratings: model.ratings.map(toJsonRating),
    claims: listReportedClaims(model, options.includePending ?? true).map((claim) =>
      toJsonClaim(claim, model.reportUrl),
    ),
    ...(options.agreement ? { agreement: toJsonAgreement(options.agreement) } : {}),
  };
}
