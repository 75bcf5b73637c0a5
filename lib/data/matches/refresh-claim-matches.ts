import { z } from "zod";
import { readArchiveGeneration } from "@/lib/data/archive/archive-generation";
import { matchArchive } from "@/lib/data/archive/archive-index";
import { runInBackground } from "@/lib/background/background-work";
import { db } from "@/lib/db/client";
import { MATCHES_SHOWN, shownMatch } from "@/lib/claim-matching/relevance";
import { archiveEntryId } from "@/lib/claim-matching/archive-entry-id";

export type StoredMatch = { entryId: string; score: number; overlap: number };
export type StoredMatchSet = { statement: string; generation: number; matches: StoredMatch[] };

const storedMatches = z.array(z.object({ entryId: z.string(), score: z.number(), overlap: z.number() }));

/** A stored set's matches; an unreadable one counts as none, and is found again on the next refresh. */
export function readStoredMatches(json: string): StoredMatch[] {
  try {
    const parsed = storedMatches.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The archive's best matches for a claim's statement: never the claim itself, nor what reviewers dismissed. */
async function findMatches(claimId: string, statement: string): Promise<StoredMatch[]> {
  const dismissed = await db.matchDismissal.findMany({ where: { claimId }, select: { entryId: true } });
  const skip = new Set([archiveEntryId.claim(claimId), ...dismissed.map((d) => d.entryId)]);
  const found = await matchArchive(statement, MATCHES_SHOWN + skip.size);
  return found
    .filter((match) => !skip.has(match.id) && shownMatch(match))
    .slice(0, MATCHES_SHOWN)
    .map((match) => ({ entryId: match.id, score: match.score, overlap: match.overlap }));
}

/**
 * Searches the archive for a claim and stores what it found, with the
 * statement and archive generation it searched for. The generation is read
 * before the search, so a write committed during it leaves the set stale
 * and the next read searches again. Null when the claim is gone.
 */
export async function refreshClaimMatches(claimId: string): Promise<StoredMatchSet | null> {
  const generation = await readArchiveGeneration(db);
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: { statement: true } });
  if (!claim) return null;
  const matches = await findMatches(claimId, claim.statement);
  const set = { statement: claim.statement, generation, matches };
  const data = { statement: set.statement, generation, matches: JSON.stringify(matches) };
  try {
    await db.claimMatchSet.upsert({ where: { claimId }, create: { claimId, ...data }, update: data });
  } catch (error) {
    // Deleted while we searched: nothing to keep.
    if (!(await db.claim.findUnique({ where: { id: claimId }, select: { id: true } }))) return null;
    throw error;
  }
  return set;
}

/** Is a stored set still the answer for this statement and archive? */
export const isCurrent = (
  set: { statement: string; generation: number } | null,
  statement: string,
  generation: number,
) => set !== null && set.statement === statement && set.generation >= generation;

const queued = new Set<string>();

/**
 * Finds the claims' matches after the response, one claim at a time, so
 * marking a claim never waits for the archive. A claim already queued is not
 * queued twice. A failure is logged and left for the next read to retry:
 * reads treat a missing or stale set as pending and queue it again.
 */
export function scheduleMatchRefresh(claimIds: readonly string[]): void {
  for (const id of claimIds) {
    if (queued.has(id)) continue;
    queued.add(id);
    runInBackground(`searching the archive for claim ${id}`, () => {
      queued.delete(id);
      return refreshClaimMatches(id);
    });
  }
}
