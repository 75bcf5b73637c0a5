"use client";

import { useState } from "react";
import type { ClaimMatchView } from "@/lib/data/matches/match-types";
import { MatchActions } from "./match-actions";
import { MatchItem } from "./match-item";

/**
 * Matches with the viewer's actions. A match said to be not related goes at
 * once; the refresh after the request then brings the page's data in line.
 */
export function MatchList({
  claimId,
  matches,
  canAct,
  canDismiss,
  label,
}: {
  claimId: string;
  matches: ClaimMatchView[];
  /** May write verdicts (reviewers and admins): offers the actions. */
  canAct: boolean;
  /** The claim's own matches, not a hand search: offers "Not related". */
  canDismiss: boolean;
  label: string;
}) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const shown = matches.filter((match) => !dismissed.has(match.id));
  const onDismissed = (entryId: string) => setDismissed((ids) => new Set([...ids, entryId]));
  return (
    <ul className="space-y-2" aria-label={label}>
      {shown.map((match) => (
        <MatchItem
          key={match.id}
          match={match}
          actions={
            canAct ? (
              <MatchActions
                claimId={claimId}
                entryId={match.id}
                statement={match.statement}
                onDismissed={canDismiss ? onDismissed : undefined}
              />
            ) : null
          }
        />
      ))}
    </ul>
  );
}
