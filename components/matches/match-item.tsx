import type { ReactNode } from "react";
import type { ClaimMatchView } from "@/lib/data/matches/match-types";
import { EntryDay } from "./entry-day";
import { EntryLink } from "./entry-link";
import { MatchRating } from "./match-rating";

/**
 * One earlier fact-check a claim may repeat: its statement, rating,
 * publisher, day, where to read it and how likely it is the same claim, in
 * words. `actions` are what the viewer may do with it.
 */
export function MatchItem({ match, actions }: { match: ClaimMatchView; actions?: ReactNode }) {
  return (
    <li
      className="space-y-1.5 rounded-md border border-stone-200 bg-white p-3 text-sm shadow-sm"
      data-testid="match"
    >
      <p className="font-medium">{match.statement}</p>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-stone-800">
        <MatchRating rating={match.rating} publisher={match.publisher} />
        <span>
          {match.kind === "claim" ? "Our fact-check" : "Fact-check"} by{" "}
          <span className="font-medium">{match.publisher}</span>
          {match.date ? (
            <>
              , <EntryDay day={match.date} />
            </>
          ) : null}
        </span>
      </p>
      {match.articleTitle ? (
        <p className="text-xs text-stone-700">In the article “{match.articleTitle}”</p>
      ) : null}
      <p className="text-stone-800" data-testid="match-relevance">
        <span className="font-medium">Relevance:</span> {match.relevance}
      </p>
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        <EntryLink href={match.claimPath}>Open our claim</EntryLink>
        <EntryLink href={match.url}>
          {match.kind === "claim" ? "Read the published report" : `Read the fact-check by ${match.publisher}`}
        </EntryLink>
      </p>
      {actions}
    </li>
  );
}
