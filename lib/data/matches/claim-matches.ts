import { readArchiveGeneration } from "@/lib/data/archive/archive-generation";
import { relevanceLabel } from "@/lib/claim-matching/relevance";
import { db } from "@/lib/db/client";
import { loadArchiveEntryViews } from "./archive-entry-views";
import type { ArchiveEntryView, ClaimMatches, ClaimMatchView } from "./match-types";
import {
  isCurrent,
  readStoredMatches,
  refreshClaimMatches,
  scheduleMatchRefresh,
  type StoredMatch,
} from "./refresh-claim-matches";

/** Stored matches as views, in their order; entries gone or no longer approved drop out. */
export function toMatchViews(
  matches: readonly StoredMatch[],
  views: ReadonlyMap<string, ArchiveEntryView>,
): ClaimMatchView[] {
  return matches.flatMap((match) => {
    const view = views.get(match.entryId);
    return view
      ? [{ ...view, score: match.score, relevance: relevanceLabel(match.score, match.overlap) }]
      : [];
  });
}

/**
 * A claim's matches for its own page and the API: up to date, searching at
 * once when the stored set is missing or stale (one claim: milliseconds once
 * the instance's index is built). Dismissed entries are left out. Null when
 * the claim does not exist.
 */
export async function getClaimMatches(claimId: string): Promise<ClaimMatches | null> {
  const [generation, claim] = await Promise.all([
    readArchiveGeneration(db),
    db.claim.findUnique({ where: { id: claimId }, select: { statement: true, matchSet: true } }),
  ]);
  if (!claim) return null;
  const stored = claim.matchSet;
  const set = isCurrent(stored, claim.statement, generation)
    ? { matches: readStoredMatches(stored!.matches) }
    : await refreshClaimMatches(claimId);
  if (!set) return null;
  const dismissed = new Set(
    (await db.matchDismissal.findMany({ where: { claimId }, select: { entryId: true } })).map(
      (d) => d.entryId,
    ),
  );
  const matches = set.matches.filter((match) => !dismissed.has(match.entryId));
  return {
    matches: toMatchViews(matches, await loadArchiveEntryViews(matches.map((m) => m.entryId))),
    pending: false,
  };
}

/**
 * The stored matches of many claims, for the article page's margin cards:
 * never searched on the request. A claim whose set is missing or stale shows
 * what it has, marked pending, and is queued for a background search.
 */
export async function listStoredMatches(claimIds: readonly string[]): Promise<Map<string, ClaimMatches>> {
  if (claimIds.length === 0) return new Map();
  const [generation, claims, dismissals] = await Promise.all([
    readArchiveGeneration(db),
    db.claim.findMany({
      where: { id: { in: [...claimIds] } },
      select: { id: true, statement: true, matchSet: true },
    }),
    db.matchDismissal.findMany({
      where: { claimId: { in: [...claimIds] } },
      select: { claimId: true, entryId: true },
    }),
  ]);
  const dismissed = new Set(dismissals.map((d) => `${d.claimId} ${d.entryId}`));
  const stale: string[] = [];
  const stored = new Map<string, { matches: StoredMatch[]; pending: boolean }>();
  for (const claim of claims) {
    const current = isCurrent(claim.matchSet, claim.statement, generation);
    if (!current) stale.push(claim.id);
    const matches = claim.matchSet ? readStoredMatches(claim.matchSet.matches) : [];
    stored.set(claim.id, {
      matches: matches.filter((m) => !dismissed.has(`${claim.id} ${m.entryId}`)),
      // A set found for an older archive still answers for the statement; only new words leave it unsearched.
      pending: claim.matchSet?.statement !== claim.statement,
    });
  }
  scheduleMatchRefresh(stale);
  const views = await loadArchiveEntryViews(
    [...stored.values()].flatMap((s) => s.matches.map((m) => m.entryId)),
  );
  return new Map(
    [...stored].map(([id, set]) => [
      id,
      { matches: set.pending ? [] : toMatchViews(set.matches, views), pending: set.pending },
    ]),
  );
}
