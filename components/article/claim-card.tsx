import { memo } from "react";
import type { CheckedBeforeSummary } from "@/components/matches/checked-before-summary";
import { MatchRating } from "@/components/matches/match-rating";
import { DueDay } from "@/components/status/due-day";
import { RatingChip } from "@/components/status/rating-chip";
import { StatusBadge } from "@/components/status/status-badge";
import { claimTypeLabel } from "@/lib/claims/claim-types";
import type { DeskClaim } from "@/lib/data/claims/claim-view";
import { isSameWording } from "@/lib/margin-layout/is-same-wording";

interface ClaimCardProps {
  claim: DeskClaim;
  number: number | null;
  selected: boolean;
  tabbable: boolean;
  /** Called with the card's claim id; pass a stable function so unchanged cards skip re-rendering. */
  onSelect: (id: string) => void;
  note?: string | null;
  /** Earlier fact-checks the claim likely repeats; absent when there are none. */
  checkedBefore?: CheckedBeforeSummary;
}

/**
 * One claim in the panel: a button showing its status, rating, words (the
 * quote too when the statement rewords it), the verdict's summary and who
 * has it by when, and whether it was checked before. Memoised: selecting a claim re-renders the two cards whose
 * selection changed, not all of them (an article can have a thousand).
 */
export const ClaimCard = memo(function ClaimCard({
  claim,
  number,
  selected,
  tabbable,
  onSelect,
  note,
  checkedBefore,
}: ClaimCardProps) {
  return (
    <button
      type="button"
      data-claim-id={claim.id}
      aria-current={selected ? "true" : undefined}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => onSelect(claim.id)}
      className={`w-full rounded-md border bg-white p-3 text-left text-sm shadow-sm focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
        selected ? "border-blue-700 ring-2 ring-blue-700" : "border-stone-200 hover:border-stone-400"
      }`}
    >
      <span className="flex flex-wrap items-center gap-2">
        {number !== null ? <span className="font-mono text-xs text-stone-600">#{number}</span> : null}
        <StatusBadge status={claim.status} />
        {claim.ratings.map((rating) => (
          <RatingChip key={rating.key} rating={rating} />
        ))}
        {selected ? <span className="sr-only">(selected)</span> : null}
      </span>
      <span className="mt-1.5 block font-medium">{claim.statement}</span>
      {isSameWording(claim.statement, claim.exact) ? null : (
        <span className="mt-1 block text-stone-700">
          <span className="sr-only">Quote: </span>“{truncate(claim.exact, 140)}”
        </span>
      )}
      {claim.verdictSummary ? (
        <span className="mt-1 block text-stone-800" data-testid="verdict-summary">
          <span className="font-medium">Verdict:</span> {truncate(claim.verdictSummary, 160)}
        </span>
      ) : null}
      <span className="mt-1 block text-xs text-stone-700">
        {claim.claimant ? <>Claimant: {claim.claimant} · </> : null}
        {claimTypeLabel(claim.type)}
      </span>
      {checkedBefore ? <CheckedBefore summary={checkedBefore} /> : null}
      <ClaimWork claim={claim} />
      {claim.dismissedReason ? (
        <span className="mt-1 block text-xs text-stone-700">Dismissed: {claim.dismissedReason}</span>
      ) : null}
      {note ? <span className="mt-1 block text-xs font-medium text-amber-900">{note}</span> : null}
    </button>
  );
});

/** Who has the claim, by when, and how much discussion it has. */
function ClaimWork({ claim }: { claim: DeskClaim }) {
  return (
    <span className="mt-1 flex flex-wrap gap-x-2 text-xs text-stone-700" data-testid="claim-work">
      <span>{claim.assignee ? `Assigned to ${claim.assignee.name}` : "Unassigned"}</span>
      {claim.dueAt ? <DueDay day={claim.dueAt} /> : null}
      <span>
        {claim.commentCount} {claim.commentCount === 1 ? "comment" : "comments"}
      </span>
    </span>
  );
}

/**
 * How many earlier fact-checks the claim may repeat, and the best one's
 * statement, rating, publisher and relevance. Text only: the card is a
 * button, so the link to them is in the card's details.
 */
function CheckedBefore({ summary: { count, best } }: { summary: CheckedBeforeSummary }) {
  return (
    <span className="mt-1 block text-xs text-stone-800" data-testid="checked-before">
      <span className="font-medium">
        Checked before: {count} {count === 1 ? "earlier fact-check" : "earlier fact-checks"}.
      </span>{" "}
      {count === 1 ? "" : "Best: "}“{truncate(best.statement, 120)}”{" "}
      <MatchRating rating={best.rating} publisher={best.publisher} /> {best.publisher}, {best.relevance}.
    </span>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
