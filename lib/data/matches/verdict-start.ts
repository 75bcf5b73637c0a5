import { truncate } from "@/lib/article/format";
import { claimStatusInclude } from "@/lib/data/claims/claim-status-query";
import { describeCurrentVerdict } from "@/lib/data/claims/current-verdict";
import { getSettings } from "@/lib/data/settings/get-settings";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { SUMMARY_MAX } from "@/lib/schemas/verdict";
import { mapImportedRating } from "@/lib/verdict-reuse/imported-rating";
import { loadArchiveEntryViews } from "./archive-entry-views";
import { parseArchiveEntryId } from "@/lib/claim-matching/archive-entry-id";
import type { ArchiveEntryView, VerdictStart } from "./match-types";

/**
 * What a verdict started from an archive entry begins with. From one of the
 * newsroom's approved claims: its verdict's rating (unless since retired),
 * summary, rationale and sources. From an imported fact-check: the rating
 * of the same name or place on the scale, its headline as the summary, and
 * the fact-check itself as the first source. Null when the entry is gone.
 */
export async function getVerdictStart(entryId: string): Promise<VerdictStart | null> {
  const parsed = parseArchiveEntryId(entryId);
  if (!parsed) return null;
  const basedOn = (await loadArchiveEntryViews([entryId])).get(entryId);
  if (!basedOn) return null;
  return parsed.kind === "claim"
    ? startFromClaim(parsed.id, basedOn)
    : startFromFactCheck(parsed.id, basedOn);
}

async function startFromClaim(claimId: string, basedOn: ArchiveEntryView): Promise<VerdictStart | null> {
  const [settings, claim] = await Promise.all([
    getSettings(),
    db.claim.findUnique({ where: { id: claimId }, include: claimStatusInclude }),
  ]);
  const current = claim && describeCurrentVerdict(claim, settings);
  if (!current) return null;
  const revision = await db.verdictRevision.findUnique({
    where: { verdictId_version: { verdictId: current.id, version: current.version } },
    include: { rating: true, sources: { include: { source: true }, orderBy: { position: "asc" } } },
  });
  if (!revision) return null;
  return {
    basedOn,
    ratingKey: revision.rating.retiredAt ? null : revision.rating.key,
    summary: revision.summary,
    rationale: revision.rationale,
    sources: revision.sources.map(({ source }) => ({
      url: source.url,
      title: source.title,
      publisher: source.publisher,
    })),
  };
}

async function startFromFactCheck(id: string, basedOn: ArchiveEntryView): Promise<VerdictStart | null> {
  const [check, scale] = await Promise.all([
    db.importedFactCheck.findUnique({ where: { id } }),
    db.rating.findMany({ where: { retiredAt: null }, select: { key: true, label: true, value: true } }),
  ]);
  if (!check) return null;
  return {
    basedOn,
    ratingKey: mapImportedRating(check, scale),
    summary: truncate(
      check.headline ?? `${check.publisherName} rated this claim “${check.ratingName}”.`,
      SUMMARY_MAX,
    ),
    rationale: "",
    sources: [
      {
        url: check.url,
        title: truncate(check.headline ?? check.claimReviewed, 300),
        publisher: check.publisherName,
      },
    ],
  };
}

/**
 * The "based on" a new verdict records, read inside its transaction: a
 * snapshot of the entry as it stands, so the report can still say it after
 * the entry changes or goes. Refused when the entry is not in the archive.
 */
export async function basisFor(tx: Tx, entryId: string) {
  const entry = (await loadArchiveEntryViews([entryId], tx)).get(entryId);
  if (!entry)
    throw new AppError(
      "VALIDATION",
      "The earlier fact-check this verdict was to be based on is no longer in the archive. Start the verdict again from the claim page.",
    );
  return {
    entryId,
    statement: entry.statement,
    ratingLabel: entry.rating.label,
    publisher: entry.publisher,
    url: entry.url,
    publishedAt: entry.date ? new Date(`${entry.date}T00:00:00Z`) : null,
  };
}
