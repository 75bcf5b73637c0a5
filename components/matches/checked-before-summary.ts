import type { ClaimMatches, ClaimMatchView } from "@/lib/data/matches/match-types";

/** What a margin card shows of a claim's matches: how many, and the best one. */
export interface CheckedBeforeSummary {
  count: number;
  best: ClaimMatchView;
}

/** Per claim id, the summary of its stored matches; claims with none (or still being searched) are left out. */
export function summarizeMatches(
  matches: ReadonlyMap<string, ClaimMatches>,
): Record<string, CheckedBeforeSummary> {
  const summaries: Record<string, CheckedBeforeSummary> = {};
  for (const [claimId, set] of matches) {
    const [best] = set.matches;
    if (best) summaries[claimId] = { count: set.matches.length, best };
  }
  return summaries;
}
