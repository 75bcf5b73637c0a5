import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canPublishReports } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { publicReportPath } from "@/lib/report/public-paths";
import type { ReportModel } from "@/lib/report/report-model";
import {
  correctionsOf,
  includesPending,
  toPublicationSnapshot,
  type PublishChoices,
} from "@/lib/publishing/publication-snapshot";
import { sortClaimsIntoSections } from "@/lib/report/report-sections";
import type { PublishRequest } from "@/lib/schemas/publication";
import { buildReportModel, type ReportAudience } from "./build-report-model";

export { publicReportPath } from "@/lib/report/public-paths";

/** A version ready to publish, not yet written: its number, date and snapshot. */
export interface PublicationCandidate {
  version: number;
  publishedAt: Date;
  model: ReportModel;
}

/**
 * What publishing now would freeze, without writing anything: the preview
 * shows this, and publishing stores it, so the two cannot differ. `now` is
 * the publication time (tests pass one to compare a preview with the page).
 */
export async function buildPublicationCandidate(
  actor: SessionUser,
  articleId: string,
  origin: string,
  choices: PublishChoices,
  now: Date = new Date(),
): Promise<PublicationCandidate> {
  assertAllowed(canPublishReports(actor), "Only editors and admins can publish reports.");
  const [first, latest] = await Promise.all([
    db.reportPublication.findFirst({ where: { articleId }, orderBy: { version: "asc" } }),
    db.reportPublication.findFirst({ where: { articleId }, orderBy: { version: "desc" } }),
  ]);
  const version = (latest?.version ?? 0) + 1;
  const model = await buildReportModel(articleId, {
    audience: "public",
    reportUrl: `${origin}${publicReportPath(articleId)}`,
    publication: { version, publishedAt: now, firstPublishedAt: first?.publishedAt ?? now },
  });
  // Corrections carry over from the latest version, taken down or not: a correction is never forgotten.
  const snapshot = toPublicationSnapshot(model, choices, correctionsOf(latest?.snapshot ?? null));
  return { version, publishedAt: now, model: snapshot };
}

/**
 * Publishes the report: freezes a public snapshot (approved verdicts only,
 * no drafts, comments or reviewer names unless the admins allow them; the
 * claims not yet checked only if asked). Later edits change nothing until it
 * is published again, as a new version. With `expectedVersion` (the version
 * the editor previewed) it refuses to publish any other.
 */
export async function publishReport(
  actor: SessionUser,
  articleId: string,
  origin: string,
  request: Partial<PublishRequest> = {},
  now: Date = new Date(),
) {
  const choices = { includePending: request.includePending ?? false, correction: request.correction ?? null };
  const { version, publishedAt, model } = await buildPublicationCandidate(
    actor,
    articleId,
    origin,
    choices,
    now,
  );
  if (request.expectedVersion !== undefined && request.expectedVersion !== version)
    throw new AppError(
      "CONFLICT",
      `Version ${version - 1} was published since you opened the preview. Close it and preview again.`,
    );
  try {
    await db.$transaction(async (tx) => {
      await tx.reportPublication.create({
        data: { articleId, version, snapshot: JSON.stringify(model), publishedById: actor.id, publishedAt },
      });
      await recordAudit(tx, {
        action: "report.published",
        actorId: actor.id,
        entityType: "report",
        entityId: articleId,
        articleId,
        data: { version, includePending: choices.includePending, corrected: choices.correction !== null },
      });
    });
  } catch (error) {
    // (articleId, version) is unique: two publishes at once cannot both be version N.
    if ((error as { code?: string }).code === "P2002")
      throw new AppError(
        "CONFLICT",
        "Someone published this report at the same moment. Reload to see the new version.",
      );
    throw error;
  }
  return { version, publishedAt, url: model.reportUrl };
}

/** Takes the public report down: every version of it answers 404 until published again. */
export async function unpublishReport(actor: SessionUser, articleId: string): Promise<void> {
  assertAllowed(canPublishReports(actor), "Only editors and admins can unpublish reports.");
  await db.$transaction(async (tx) => {
    const withdrawn = await tx.reportPublication.updateMany({
      where: { articleId, withdrawnAt: null },
      data: { withdrawnAt: new Date() },
    });
    if (withdrawn.count === 0) {
      // An unknown article is a 404, as on every other address under it, not "not published".
      if (!(await tx.article.findUnique({ where: { id: articleId }, select: { id: true } })))
        throw new AppError("NOT_FOUND", "That article does not exist. It may have been deleted.");
      throw new AppError("CONFLICT", "This report is not published, so there is nothing to take down.");
    }
    await recordAudit(tx, {
      action: "report.unpublished",
      actorId: actor.id,
      entityType: "report",
      entityId: articleId,
      articleId,
    });
  });
}

/**
 * A stored snapshot as served now. Its address is where the app serves it
 * today (APP_URL, or the request's origin), not the origin it happened to be
 * published from: setting APP_URL later, or moving the newsroom to a new
 * domain, moves every published page, feed entry and annotation id with it.
 */
export function servedSnapshot(snapshot: string, origin: string): ReportModel {
  const model = JSON.parse(snapshot) as ReportModel;
  return { ...model, reportUrl: `${origin}${publicReportPath(model.article.id)}` };
}

/**
 * What an internal download says of the report's publication: the live
 * version's public address, number and dates, so a ClaimReview, JSON or
 * Markdown file downloaded after publishing refers to what readers see.
 * Nothing while it is unpublished.
 */
export async function publicationReference(
  articleId: string,
  origin: string,
): Promise<Pick<ReportAudience, "reportUrl" | "publication">> {
  const [first, live] = await Promise.all([
    db.reportPublication.findFirst({
      where: { articleId },
      orderBy: { version: "asc" },
      select: { publishedAt: true },
    }),
    db.reportPublication.findFirst({ where: { articleId, withdrawnAt: null }, orderBy: { version: "desc" } }),
  ]);
  if (!live || !first) return { reportUrl: null, publication: null };
  const { includesPending, corrections } = (JSON.parse(live.snapshot) as ReportModel).publication ?? {};
  return {
    reportUrl: `${origin}${publicReportPath(articleId)}`,
    publication: {
      version: live.version,
      publishedAt: live.publishedAt,
      firstPublishedAt: first.publishedAt,
      ...(includesPending === undefined ? {} : { includesPending }),
      ...(corrections ? { corrections } : {}),
    },
  };
}

/** What the live version does with the claims not yet checked: leaves them out, or lists how many. */
export interface LivePendingCoverage {
  includesPending: boolean;
  /** Claims not yet checked that the live version lists (0 when it leaves them out). */
  pendingCount: number;
}

/** The live version's coverage of claims not yet checked; null while the report is not published. */
export async function livePendingCoverage(articleId: string): Promise<LivePendingCoverage | null> {
  const live = await db.reportPublication.findFirst({
    where: { articleId, withdrawnAt: null },
    orderBy: { version: "desc" },
    select: { snapshot: true },
  });
  if (!live) return null;
  const model = JSON.parse(live.snapshot) as ReportModel;
  if (!includesPending(model)) return { includesPending: false, pendingCount: 0 };
  return { includesPending: true, pendingCount: sortClaimsIntoSections(model).notYetChecked.length };
}

/** Published versions of an article's report, newest first. */
export async function listPublications(articleId: string) {
  return db.reportPublication.findMany({
    where: { articleId },
    orderBy: { version: "desc" },
    select: { version: true, publishedAt: true, withdrawnAt: true, publishedBy: { select: { name: true } } },
  });
}

/**
 * A published snapshot: the latest live version, or a given one. Null when
 * it was never published or has been taken down, so the public URL gives
 * 404 either way and does not reveal that a report exists.
 */
export async function getPublishedReport(articleId: string, origin: string, version?: number) {
  const live = await db.reportPublication.findMany({
    where: { articleId, withdrawnAt: null },
    orderBy: { version: "desc" },
  });
  const latest = live[0];
  const chosen = version === undefined ? latest : live.find((p) => p.version === version);
  if (!chosen || !latest) return null;
  return {
    model: servedSnapshot(chosen.snapshot, origin),
    version: chosen.version,
    latestVersion: latest.version,
    superseded: chosen.version !== latest.version,
  };
}
