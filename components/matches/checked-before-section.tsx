import type { ClaimMatches, ClaimMatchView } from "@/lib/data/matches/match-types";
import { ArchiveSearchForm } from "./archive-search-form";
import { MatchList } from "./match-list";
import { PendingMatches } from "./pending-matches";

/**
 * "Checked before?": the earlier fact-checks this claim likely repeats, and
 * a hand search of the archive. Reviewers and admins may start a verdict
 * from any of them, or say a match is not related.
 */
export function CheckedBeforeSection({
  claimId,
  matches,
  search,
  canAct,
}: {
  claimId: string;
  matches: ClaimMatches;
  /** The hand search, when the page was asked for one. */
  search: { query: string; results: ClaimMatchView[] } | null;
  canAct: boolean;
}) {
  return (
    <section id="checked-before" aria-labelledby="checked-before-heading" className="space-y-3">
      <h2 id="checked-before-heading" className="text-lg font-semibold">
        Checked before?
      </h2>
      {matches.pending ? (
        <PendingMatches />
      ) : matches.matches.length === 0 ? (
        <p className="text-sm text-stone-700">No earlier fact-check matches this claim.</p>
      ) : (
        <MatchList
          claimId={claimId}
          matches={matches.matches}
          canAct={canAct}
          canDismiss
          label="Earlier fact-checks this claim may repeat"
        />
      )}
      <div id="archive-search" className="space-y-2 border-t border-stone-200 pt-3">
        <ArchiveSearchForm claimId={claimId} query={search?.query ?? ""} />
        {search ? <SearchResults claimId={claimId} search={search} canAct={canAct} /> : null}
      </div>
    </section>
  );
}

function SearchResults({
  claimId,
  search,
  canAct,
}: {
  claimId: string;
  search: { query: string; results: ClaimMatchView[] };
  canAct: boolean;
}) {
  if (search.results.length === 0)
    return <p className="text-sm text-stone-700">Nothing in the archive matches “{search.query}”.</p>;
  return (
    <>
      <p className="text-sm text-stone-700" role="status">
        {search.results.length} {search.results.length === 1 ? "fact-check" : "fact-checks"} found for “
        {search.query}”.
      </p>
      <MatchList
        claimId={claimId}
        matches={search.results}
        canAct={canAct}
        canDismiss={false}
        label={`Archive search results for ${search.query}`}
      />
    </>
  );
}
