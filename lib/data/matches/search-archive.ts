import { matchArchive } from "@/lib/data/archive/archive-index";
import { loadArchiveEntryViews } from "./archive-entry-views";
import { toMatchViews } from "./claim-matches";
import { ARCHIVE_SEARCH_MAX } from "@/lib/schemas/matches";
import type { ClaimMatchView } from "./match-types";

export const SEARCH_RESULTS_MAX = 20;

/** A reviewer's own search of the archive: the same matching as a claim's, with every result shown, best first. */
export async function searchArchive(query: string, top = 10): Promise<ClaimMatchView[]> {
  const text = query.trim().slice(0, ARCHIVE_SEARCH_MAX);
  if (!text) return [];
  const found = await matchArchive(text, Math.min(Math.max(1, top), SEARCH_RESULTS_MAX));
  const matches = found.map((match) => ({ entryId: match.id, score: match.score, overlap: match.overlap }));
  return toMatchViews(matches, await loadArchiveEntryViews(matches.map((m) => m.entryId)));
}
