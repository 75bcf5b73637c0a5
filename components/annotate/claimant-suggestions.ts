import type { DeskClaim } from "@/lib/data/claims/claim-view";

/**
 * Claimants already used in the article, the most recent first, so the
 * claim dialog can offer the last one before the rest. `lastUsed` is the
 * claimant saved most recently on this page; without one (a fresh page
 * load), the newest claim stands in: claim ids are cuids, whose leading
 * timestamp makes them sort in creation order.
 */
export function claimantSuggestions(claims: readonly DeskClaim[], lastUsed: string | null): string[] {
  const byAge = [...claims].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const names = [lastUsed, ...byAge.map((claim) => claim.claimant)]
    .map((name) => name?.trim() ?? "")
    .filter((name) => name !== "");
  return [...new Set(names)];
}
