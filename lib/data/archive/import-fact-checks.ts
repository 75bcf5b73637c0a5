import type { SessionUser } from "@/lib/auth/roles";
import {
  fetchClaimReviews,
  type FetchClaimReviewsOptions,
} from "@/lib/claimreview-import/fetch-claim-reviews";
import type { ImportedFactCheck } from "@/lib/claimreview-import/imported-fact-check";
import { readClaimReviews } from "@/lib/claimreview-import/read-claim-reviews";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canImportFactChecks } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ImportFactChecksInput } from "@/lib/schemas/fact-check-import";
import { bumpArchiveGeneration } from "./archive-generation";

export interface FactCheckImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
  /** One sentence per fact-check skipped, or about the source as a whole. */
  problems: string[];
}

/**
 * Imports published fact-checks into the archive. Admins only. Each is keyed
 * by its url: a new one is created, a known one updated in place (never
 * duplicated), and an identical one left alone. All of one import is
 * written in one transaction with the archive's generation, so a search
 * sees all of it or none. A source with nothing usable writes nothing and
 * says why.
 */
export async function importFactChecks(
  actor: SessionUser,
  input: ImportFactChecksInput,
  fetchOptions?: FetchClaimReviewsOptions,
): Promise<FactCheckImportOutcome> {
  assertAllowed(canImportFactChecks(actor), "Only admins can import fact-checks into the archive.");
  const read =
    "url" in input ? await fetchClaimReviews(input.url, fetchOptions) : readClaimReviews(input.json);
  if (read.reviews.length === 0)
    throw new AppError("VALIDATION", read.problems.join(" "), {
      fields: { file: read.problems[0] ?? "" },
      problems: read.problems,
    });
  const write = () =>
    db.$transaction((tx) => writeReviews(tx, actor, read.reviews, "url" in input ? input.url : "file"), {
      timeout: 60_000,
    });
  try {
    return { ...(await write()), problems: read.problems };
  } catch (error) {
    // Two imports of the same new url at once: the second insert hits the unique key; by now it is an update.
    if ((error as { code?: string }).code === "P2002") return { ...(await write()), problems: read.problems };
    throw error;
  }
}

async function writeReviews(
  tx: Tx,
  actor: SessionUser,
  reviews: readonly ImportedFactCheck[],
  source: string,
) {
  const existing = new Map(
    (await tx.importedFactCheck.findMany({ where: { url: { in: reviews.map((r) => r.url) } } })).map(
      (row) => [row.url, row],
    ),
  );
  let created = 0;
  let updated = 0;
  for (const review of reviews) {
    const known = existing.get(review.url);
    if (!known) {
      await tx.importedFactCheck.create({ data: { ...review, importedById: actor.id } });
      created++;
    } else if (!sameFields(known, review)) {
      await tx.importedFactCheck.update({ where: { id: known.id }, data: review });
      updated++;
    }
  }
  const unchanged = reviews.length - created - updated;
  if (created + updated > 0) await bumpArchiveGeneration(tx);
  await recordAudit(tx, {
    action: "fact_checks.imported",
    actorId: actor.id,
    entityType: "archive",
    entityId: "archive",
    data: { source, created, updated, unchanged },
  });
  return { created, updated, unchanged };
}

function sameFields(row: Record<string, unknown>, review: ImportedFactCheck): boolean {
  return (Object.keys(review) as (keyof ImportedFactCheck)[]).every((key) => {
    const a = row[key];
    const b = review[key];
    return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
  });
}
