"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from "react";
import { ClaimCard } from "./claim-card";
import { ClaimFilterForm } from "./claim-filter-form";
import { hasClaimFilters, matchesClaimFilters, readClaimFilters } from "@/lib/claim-filters/claim-filters";
import type { DeskClaim } from "@/lib/data/claims/claim-view";

interface ClaimPanelProps {
  claims: readonly DeskClaim[];
  selectedId: string | null;
  onSelect: (id: string, origin: "panel") => void;
  unplacedIds: ReadonlySet<string>;
  /** Actions shown under the selected claim (editors only). */
  renderActions?: (claim: DeskClaim) => ReactNode;
}

/**
 * The claims in text order. Arrow keys, Home and End move between them;
 * the selected one is marked with aria-current and an outline.
 * The list can be filtered by status, rating and claimant through the URL
 * (lib/claim-filters); a claim keeps its number in the whole list, and
 * every highlight stays in the text: the filters narrow the list only.
 */
export function ClaimPanel({
  claims: allClaims,
  selectedId,
  onSelect,
  unplacedIds,
  renderActions,
}: ClaimPanelProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const searchParams = useSearchParams();
  const filterKey = searchParams.toString();
  const filters = useMemo(() => readClaimFilters(new URLSearchParams(filterKey)), [filterKey]);
  const numbered = useMemo(() => {
    const all = allClaims.map((claim, index) => ({ claim, number: index + 1 }));
    if (!hasClaimFilters(filters)) return all;
    return all.filter(({ claim }) =>
      matchesClaimFilters({ ...claim, ratingKeys: claim.ratings.map((rating) => rating.key) }, filters),
    );
  }, [allClaims, filters]);
  const claims = useMemo(() => numbered.map(({ claim }) => claim), [numbered]);
  // With the selected claim filtered out, the first one shown takes the tab stop.
  const isSelectedShown = claims.some((claim) => claim.id === selectedId);
  const selectFromPanel = useCallback((id: string) => onSelect(id, "panel"), [onSelect]);

  useEffect(() => {
    if (!selectedId) return;
    listRef.current
      ?.querySelector(`[data-claim-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (!(event.target as HTMLElement).matches("button[data-claim-id]")) return;
    const index = claims.findIndex((claim) => claim.id === selectedId);
    const target = {
      ArrowDown: Math.min(index + 1, claims.length - 1),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: claims.length - 1,
    }[event.key];
    const next = target === undefined ? undefined : claims[target];
    if (!next) return;
    event.preventDefault();
    onSelect(next.id, "panel");
    listRef.current?.querySelector<HTMLButtonElement>(`[data-claim-id="${CSS.escape(next.id)}"]`)?.focus();
  }

  if (allClaims.length === 0) {
    return <p className="text-sm text-stone-700">No claims have been marked in this article yet.</p>;
  }

  return (
    <>
      <ClaimFilterForm claims={allClaims} filters={filters} shown={claims.length} />
      {claims.length === 0 ? (
        <p className="text-sm text-stone-700" data-testid="no-claims-match">
          No claims match these filters.
        </p>
      ) : null}
      <ol ref={listRef} className="space-y-2" aria-label="Claims in text order" onKeyDown={onKeyDown}>
        {numbered.map(({ claim, number }, index) => {
          const selected = claim.id === selectedId;
          return (
            <li key={claim.id}>
              <ClaimCard
                claim={claim}
                number={number}
                selected={selected}
                tabbable={selected || (!isSelectedShown && index === 0)}
                onSelect={selectFromPanel}
                note={unplacedIds.has(claim.id) ? "Not shown in the text: its position is invalid." : null}
              />
              {selected ? (
                <Link
                  href={`/claims/${claim.id}`}
                  className="mt-1.5 inline-block text-sm font-medium text-blue-800 underline underline-offset-2"
                >
                  Open claim: verdicts, discussion, timeline
                </Link>
              ) : null}
              {selected && renderActions ? renderActions(claim) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
