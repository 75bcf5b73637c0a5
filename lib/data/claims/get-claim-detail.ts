import { parseAuditData } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import type { VerdictBasisView } from "@/lib/data/matches/match-types";
import { toVerdictBasisView } from "@/lib/data/matches/verdict-basis-view";
import { getSettings } from "@/lib/data/settings/get-settings";
import { hostOf } from "@/lib/article/format";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { reviewStateOf, type VerdictReviewState } from "@/lib/review/claim-status";
import { buildTimeline, type TimelineEntry } from "@/lib/review/timeline";
import { claimStatusInclude, toClaimFacts } from "./claim-status-query";
import { claimViewExtrasInclude, toClaimView, type ClaimView } from "./claim-view";

export interface SourceView {
  url: string;
  domain: string | null;
  title: string;
  publisher: string;
  excerpt: string | null;
  /** Null when the reviewer gave no access date. */
  accessedAt: Date | null;
  archiveUrl: string | null;
}

export interface RevisionView {
  version: number;
  /** Who wrote this revision: the verdict's author, or whoever edited it (an admin). */
  authorId: string;
  authorName: string;
  rating: { key: string; label: string; shortCode: string; color: string; retired: boolean };
  summary: string;
  rationale: string;
  /** The rationale rendered from Markdown and sanitized: safe to insert as HTML. */
  rationaleHtml: string;
  sources: SourceView[];
  reviews: Array<{
    id: string;
    reviewerId: string;
    reviewerName: string;
    decision: string;
    comment: string | null;
    createdAt: Date;
  }>;
  createdAt: Date;
  submittedAt: Date | null;
}

export interface VerdictView {
  id: string;
  authorId: string;
  authorName: string;
  state: "draft" | "submitted" | "closed";
  currentVersion: number;
  lockVersion: number;
  closedReason: string | null;
  review: VerdictReviewState;
  /** The earlier fact-check the verdict was started from ("Checked before?"), as it stood then. */
  basedOn: VerdictBasisView | null;
  /** Newest first; the first is the current revision. */
  revisions: RevisionView[];
}

export interface ClaimDetail {
  claim: ClaimView;
  article: { id: string; title: string };
  verdicts: VerdictView[];
  comments: Array<{ id: string; authorName: string; body: string; createdAt: Date }>;
  timeline: TimelineEntry[];
  rules: { approvalThreshold: number; minSourcesToSubmit: number };
}

/** Everything the claim page shows: verdicts with their history, discussion and timeline. */
export async function getClaimDetail(claimId: string): Promise<ClaimDetail | null> {
  const [settings, claim] = await Promise.all([
    getSettings(),
    db.claim.findUnique({
      where: { id: claimId },
      include: {
        ...claimStatusInclude,
        ...claimViewExtrasInclude,
        article: { select: { id: true, title: true } },
        comments: { include: { author: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      },
    }),
  ]);
  if (!claim) return null;
  const [details, events] = await Promise.all([
    db.verdict.findMany({
      where: { claimId },
      orderBy: { createdAt: "asc" },
      include: {
        author: { select: { name: true } },
        basis: true,
        revisions: {
          orderBy: { version: "desc" },
          include: {
            author: { select: { name: true } },
            rating: true,
            sources: { include: { source: true }, orderBy: { position: "asc" } },
            reviews: { include: { reviewer: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
          },
        },
      },
    }),
    db.auditEvent.findMany({
      where: { claimId },
      include: { actor: { select: { name: true } } },
      orderBy: { at: "asc" },
    }),
  ]);
  const facts = new Map(toClaimFacts(claim).verdicts.map((fact) => [fact.id, fact]));
  return {
    claim: toClaimView(claim, settings),
    article: claim.article,
    verdicts: details.map((verdict) => {
      const fact = facts.get(verdict.id);
      return {
        id: verdict.id,
        authorId: verdict.authorId,
        authorName: verdict.author.name,
        state: verdict.state === "submitted" || verdict.state === "closed" ? verdict.state : "draft",
        currentVersion: verdict.currentVersion,
        lockVersion: verdict.lockVersion,
        closedReason: verdict.closedReason,
        review: fact
          ? reviewStateOf(fact, settings)
          : { approvals: 0, changesRequested: false, approved: false },
        basedOn: verdict.basis ? toVerdictBasisView(verdict.basis) : null,
        revisions: verdict.revisions.map((revision) => ({
          version: revision.version,
          authorId: revision.authorId,
          authorName: revision.author.name,
          rating: {
            key: revision.rating.key,
            label: revision.rating.label,
            shortCode: revision.rating.shortCode,
            color: revision.rating.color,
            retired: revision.rating.retiredAt !== null,
          },
          summary: revision.summary,
          rationale: revision.rationale,
          rationaleHtml: renderMarkdown(revision.rationale),
          sources: revision.sources.map((citation) => ({
            url: citation.source.url,
            domain: hostOf(citation.source.url),
            title: citation.source.title,
            publisher: citation.source.publisher,
            excerpt: citation.excerpt,
            accessedAt: citation.accessedAt,
            archiveUrl: citation.source.archiveUrl,
          })),
          reviews: revision.reviews.map((review) => ({
            id: review.id,
            reviewerId: review.reviewerId,
            reviewerName: review.reviewer.name,
            decision: review.decision,
            comment: review.comment,
            createdAt: review.createdAt,
          })),
          createdAt: revision.createdAt,
          submittedAt: revision.submittedAt,
        })),
      };
    }),
    comments: claim.comments.map((c) => ({
      id: c.id,
      authorName: c.author.name,
      body: c.body,
      createdAt: c.createdAt,
    })),
    timeline: buildTimeline(
      events.map((e) => ({
        id: e.id,
        at: e.at,
        action: e.action,
        actorName: e.actor?.name ?? null,
        data: parseAuditData(e.data),
      })),
    ),
    rules: { approvalThreshold: settings.approvalThreshold, minSourcesToSubmit: settings.minSourcesToSubmit },
  };
}
