import { claimStatusInclude } from "@/lib/data/claims/claim-status-query";
import { describeCurrentVerdict } from "@/lib/data/claims/current-verdict";
import { getSettings } from "@/lib/data/settings/get-settings";
import { db, type Tx } from "@/lib/db/client";
import { toDay } from "@/lib/report/report-dates";
import { publicReportPath } from "@/lib/report/public-paths";
import { archiveEntryId, parseArchiveEntryId } from "@/lib/claim-matching/archive-entry-id";
import type { ArchiveEntryView } from "./match-types";

const day = (date: Date | null | undefined) => toDay(date?.toISOString() ?? null);

/**
 * The archive entries the ids name, as the app shows them, keyed by id.
 * Ids of entries that are gone, and newsroom claims no longer approved, are
 * left out: a match is only ever shown with a rating someone stands behind.
 */
export async function loadArchiveEntryViews(
  ids: readonly string[],
  client: Tx = db,
): Promise<Map<string, ArchiveEntryView>> {
  const parsed = ids.map(parseArchiveEntryId).filter((p) => p !== null);
  const claimIds = parsed.filter((p) => p.kind === "claim").map((p) => p.id);
  const factCheckIds = parsed.filter((p) => p.kind === "fact-check").map((p) => p.id);
  const [settings, claims, factChecks] = await Promise.all([
    getSettings(client),
    claimIds.length
      ? client.claim.findMany({
          where: { id: { in: claimIds }, status: "approved" },
          include: {
            ...claimStatusInclude,
            article: {
              select: {
                id: true,
                title: true,
                publications: { where: { withdrawnAt: null }, select: { id: true }, take: 1 },
              },
            },
          },
        })
      : [],
    factCheckIds.length ? client.importedFactCheck.findMany({ where: { id: { in: factCheckIds } } }) : [],
  ]);
  const views = new Map<string, ArchiveEntryView>();
  for (const claim of claims) {
    const current = describeCurrentVerdict(claim, settings);
    const verdict = current && claim.verdicts.find((v) => v.id === current.id);
    const revision = verdict?.revisions.find((r) => r.version === verdict.currentVersion);
    if (!current || !revision) continue;
    const approvedAt = revision.reviews
      .filter((review) => review.decision === "approve")
      .reduce<Date | null>(
        (latest, review) => (!latest || review.createdAt > latest ? review.createdAt : latest),
        null,
      );
    const id = archiveEntryId.claim(claim.id);
    views.set(id, {
      id,
      kind: "claim",
      statement: claim.statement,
      rating: {
        label: revision.rating.label,
        key: revision.rating.key,
        shortCode: revision.rating.shortCode,
        color: revision.rating.color,
      },
      publisher: settings.organizationName,
      date: day(approvedAt ?? claim.updatedAt),
      url: claim.article.publications.length > 0 ? publicReportPath(claim.article.id) : null,
      claimPath: `/claims/${claim.id}`,
      articleTitle: claim.article.title,
    });
  }
  for (const check of factChecks) {
    const id = archiveEntryId.factCheck(check.id);
    views.set(id, {
      id,
      kind: "fact-check",
      statement: check.claimReviewed,
      rating: { label: check.ratingName, key: null, shortCode: null, color: null },
      publisher: check.publisherName,
      date: day(check.datePublished),
      url: check.url,
      claimPath: null,
      articleTitle: null,
    });
  }
  return views;
}
