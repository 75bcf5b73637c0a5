import type { ArticleSummary } from "../review/article-summary";
import type { ClaimStatus } from "../review/claim-status";

/*
 * The fact-check report as plain data. The data layer loads it once
 * (lib/data/reports/build-report-model.ts); every exporter in this folder
 * takes the same model and returns a string or a plain object, so all
 * formats agree on what the report says. Dates are strings so a published
 * snapshot can be stored as JSON and rendered again byte for byte.
 */

export const REPORT_SCHEMA_VERSION = "1.0";

export interface ReportRating {
  key: string;
  label: string;
  shortCode: string;
  /** CSS hex colour; exporters fall back to grey for anything else. */
  color: string;
  /** 1 (worst) to 5 (best) on the numeric scale, or null for ratings outside it (Misleading, Unproven). */
  value: number | null;
  definition: string;
}

export interface ReportSource {
  url: string;
  title: string;
  publisher: string;
  excerpt: string | null;
  /** YYYY-MM-DD, or null when the reviewer gave none. */
  accessedAt: string | null;
  archiveUrl: string | null;
}

export interface ReportReview {
  /** Null when names are hidden. */
  reviewer: string | null;
  decision: "approve" | "request_changes";
  /** ISO timestamp. */
  at: string;
  comment: string | null;
}

/**
 * The earlier fact-check a verdict was started from ("based on"), as it
 * stood then: the newsroom's own approved claim or another publisher's
 * ClaimReview. `url` is an absolute http(s) address, a same-site path (the
 * newsroom's own published report, e.g. /public/reports/{id}#claim-3), or
 * null; exporters resolve it with basisHref (verdict-basis.ts) and link
 * only what that allows.
 */
export interface ReportVerdictBasis {
  statement: string;
  /** The rating in its publisher's words. */
  ratingLabel: string;
  publisher: string;
  url: string | null;
  /** YYYY-MM-DD, or null when unknown. */
  publishedAt: string | null;
}

export interface ReportVerdict {
  id: string;
  version: number;
  rating: ReportRating;
  summary: string;
  /** Markdown. */
  rationale: string;
  sources: ReportSource[];
  author: string | null;
  reviews: ReportReview[];
  /** ISO timestamp of when the approval threshold was met. */
  approvedAt: string | null;
  /** What the verdict was based on; null when it was written from scratch, absent in snapshots from before it was recorded. */
  basedOn?: ReportVerdictBasis | null;
}

export interface ReportClaim {
  id: string;
  /** 1-based, in article order. */
  number: number;
  status: ClaimStatus;
  /** False when the claim lost its place in the current text (orphaned); its selector is then the last known one. */
  anchored: boolean;
  selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
  statement: string;
  claimant: string | null;
  type: string;
  /** ISO timestamp. */
  createdAt: string;
  createdBy: string | null;
  /** The approved verdict, or null. */
  verdict: ReportVerdict | null;
  /** Submitted but not approved; always empty in public reports. */
  pendingVerdicts: ReportVerdict[];
}

/** A correction published with a version: when (ISO, that version's publishedAt) and what (plain text). */
export interface ReportCorrection {
  at: string;
  note: string;
}

export interface ReportModel {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  /** ISO timestamp. */
  generatedAt: string;
  /**
   * The publication this report belongs to: its version and when it went
   * out; firstPublishedAt is when version 1 did (absent in snapshots from
   * before it was recorded). includesPending and corrections are absent in
   * snapshots from before safe publishing: those listed pending claims and
   * had no corrections.
   */
  publication: {
    version: number;
    publishedAt: string;
    firstPublishedAt?: string;
    /** Whether the claims not yet checked were published (when false they are left out of the snapshot). */
    includesPending?: boolean;
    /** Every correction up to this version, oldest first. */
    corrections?: ReportCorrection[];
  } | null;
  /** logoUrl is an https image address; absent in snapshots published before it was recorded. */
  organization: { name: string; url: string | null; logoUrl?: string | null };
  /** Absolute URL of the published report page, if known (anchors per claim are `${reportUrl}#claim-${number}`). */
  reportUrl: string | null;
  article: {
    id: string;
    title: string;
    byline: string | null;
    dateline: string | null;
    /** YYYY-MM-DD */
    publishedAt: string | null;
    sourceUrl: string | null;
    revision: number;
    /** Canonical text of that revision; selectors index into it. */
    text: string;
  };
  summary: ArticleSummary;
  /** The scale, in order, for the legend and chart. */
  ratings: ReportRating[];
  /** All claims including dismissed, in article order. */
  claims: ReportClaim[];
}

/** Options every human-readable exporter accepts. */
export interface ReportOptions {
  /** List the claims that are not checked yet (default true). Their unapproved verdicts are never shown. */
  includePending?: boolean;
}
