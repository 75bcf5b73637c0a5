import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { describeClaimStatus, summarizeClaims, toClaimFacts } from "@/lib/data/claims/claim-status-query";
import type { VerdictBasisView } from "@/lib/data/matches/match-types";
import { toVerdictBasisView } from "@/lib/data/matches/verdict-basis-view";
import { getSettings, type Settings } from "@/lib/data/settings/get-settings";
import { reviewStateOf } from "@/lib/review/claim-status";
import {
  REPORT_SCHEMA_VERSION,
  type ReportClaim,
  type ReportCorrection,
  type ReportModel,
  type ReportVerdict,
  type ReportVerdictBasis,
} from "@/lib/report/report-model";

export interface ReportAudience {
  /** "public" strips everything unpublished: pending verdicts, review comments, reviewer names (unless allowed). */
  audience: "internal" | "public";
  reportUrl: string | null;
  publication?: {
    version: number;
    publishedAt: Date;
    firstPublishedAt: Date;
    /** What the live version says of itself (safe publishing), for downloads to repeat. */
    includesPending?: boolean;
    corrections?: ReportCorrection[];
  } | null;
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The article's fact-check report as plain data, ready for any exporter. */
export async function buildReportModel(articleId: string, options: ReportAudience): Promise<ReportModel> {
  const [settings, article] = await Promise.all([
    getSettings(),
    db.article.findUnique({
      where: { id: articleId },
      include: {
        claims: {
          orderBy: [{ start: "asc" }, { end: "desc" }],
          include: {
            createdBy: { select: { name: true } },
            verdicts: {
              include: {
                author: { select: { name: true } },
                basis: true,
                revisions: {
                  include: {
                    rating: true,
                    sources: { include: { source: true }, orderBy: { position: "asc" } },
                    reviews: {
                      include: { reviewer: { select: { name: true } } },
                      orderBy: { createdAt: "asc" },
                    },
                  },
                },
              },
            },
          },
        },
      },
    }),
  ]);
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist. It may have been deleted.");
  const revision = await db.articleRevision.findUniqueOrThrow({
    where: { articleId_number: { articleId, number: article.revision } },
  });
  const ratings = await db.rating.findMany({ orderBy: [{ position: "asc" }] });
  const isPublic = options.audience === "public";
  const showNames = !isPublic || settings.showReviewerNames;

  const claims: ReportClaim[] = article.claims.map((claim, index) => {
    const { status } = describeClaimStatus(claim, settings);
    const facts = new Map(toClaimFacts(claim).verdicts.map((f) => [f.id, f]));
    const submitted = claim.verdicts.filter((v) => v.state === "submitted");
    const approvedVerdict =
      status === "approved"
        ? submitted.find((v) => {
            const fact = facts.get(v.id);
            return fact ? reviewStateOf(fact, settings).approved : false;
          })
        : undefined;
    const toVerdict = (verdict: (typeof submitted)[number]): ReportVerdict | null =>
      toReportVerdict(verdict, settings, { showNames, isPublic });
    return {
      id: claim.id,
      number: index + 1,
      status,
      anchored: claim.anchorState !== "orphaned",
      selector: {
        exact: claim.exact,
        prefix: claim.prefix,
        suffix: claim.suffix,
        start: claim.start,
        end: claim.end,
      },
      statement: claim.statement,
      claimant: claim.claimant,
      type: claim.type,
      createdAt: claim.createdAt.toISOString(),
      createdBy: showNames ? (claim.createdBy?.name ?? null) : null,
      verdict: approvedVerdict ? toVerdict(approvedVerdict) : null,
      pendingVerdicts: isPublic
        ? []
        : submitted.filter((v) => v !== approvedVerdict).flatMap((v) => toVerdict(v) ?? []),
    };
  });
  const statusViews = article.claims.map((claim) => describeClaimStatus(claim, settings));

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: new Date().toISOString(),
    publication: options.publication
      ? {
          version: options.publication.version,
          publishedAt: options.publication.publishedAt.toISOString(),
          firstPublishedAt: options.publication.firstPublishedAt.toISOString(),
          ...(options.publication.includesPending === undefined
            ? {}
            : { includesPending: options.publication.includesPending }),
          ...(options.publication.corrections ? { corrections: options.publication.corrections } : {}),
        }
      : null,
    organization: {
      name: settings.organizationName,
      url: settings.organizationUrl ?? null,
      logoUrl: settings.organizationLogoUrl ?? null,
    },
    reportUrl: options.reportUrl,
    article: {
      id: article.id,
      title: article.title,
      byline: article.byline,
      dateline: article.dateline,
      publishedAt: day(article.publishedAt),
      sourceUrl: article.sourceUrl,
      revision: article.revision,
      text: revision.text,
    },
    summary: summarizeClaims(statusViews),
    ratings: ratings
      .filter((r) => !r.retiredAt)
      .map((r) => ({
        key: r.key,
        label: r.label,
        shortCode: r.shortCode,
        color: r.color,
        value: r.value,
        definition: r.definition,
      })),
    claims,
  };
}

type LoadedVerdict = {
  id: string;
  currentVersion: number;
  author: { name: string };
  basis: Parameters<typeof toVerdictBasisView>[0] | null;
  revisions: Array<{
    version: number;
    summary: string;
    rationale: string;
    rating: {
      key: string;
      label: string;
      shortCode: string;
      color: string;
      value: number | null;
      definition: string;
    };
    sources: Array<{
      excerpt: string | null;
      accessedAt: Date | null;
      source: { url: string; title: string; publisher: string; archiveUrl: string | null };
    }>;
    reviews: Array<{
      reviewerId: string;
      decision: string;
      comment: string | null;
      createdAt: Date;
      reviewer: { name: string };
    }>;
  }>;
};

/** One verdict's current revision in report form; approvedAt is when the approval threshold was met. */
function toReportVerdict(
  verdict: LoadedVerdict,
  settings: Settings,
  options: { showNames: boolean; isPublic: boolean },
): ReportVerdict | null {
  const current = verdict.revisions.find((r) => r.version === verdict.currentVersion);
  if (!current) return null;
  const approvals = current.reviews.filter((r) => r.decision === "approve");
  const reviews = options.isPublic ? approvals : current.reviews;
  const approvedAt = approvals[settings.approvalThreshold - 1]?.createdAt ?? null;
  const { key, label, shortCode, color, value, definition } = current.rating;
  return {
    id: verdict.id,
    version: current.version,
    rating: { key, label, shortCode, color, value, definition },
    summary: current.summary,
    rationale: current.rationale,
    sources: current.sources.map((citation) => ({
      url: citation.source.url,
      title: citation.source.title,
      publisher: citation.source.publisher,
      excerpt: citation.excerpt,
      accessedAt: citation.accessedAt ? citation.accessedAt.toISOString().slice(0, 10) : null,
      archiveUrl: citation.source.archiveUrl,
    })),
    author: options.showNames ? verdict.author.name : null,
    reviews: reviews.map((review) => ({
      reviewer: options.showNames ? review.reviewer.name : null,
      decision: review.decision === "approve" ? "approve" : "request_changes",
      at: review.createdAt.toISOString(),
      comment: options.isPublic ? null : review.comment,
    })),
    approvedAt: approvedAt ? approvedAt.toISOString() : null,
    basedOn: verdict.basis ? reportBasis(toVerdictBasisView(verdict.basis)) : null,
  };
}

/** The report says what a verdict was based on, not which archive entry it was. */
function reportBasis({ entryId: _entryId, ...basis }: VerdictBasisView): ReportVerdictBasis {
  return basis;
}
