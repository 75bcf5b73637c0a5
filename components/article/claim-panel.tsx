"use client";

import { useSearchParams } from "next/navigation";
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from "react";
import type { CheckedBeforeSummary } from "@/components/matches/checked-before-summary";
import { ClaimCard } from "./claim-card";
import { ClaimCardDetails } from "./claim-card-details";
import { ClaimFilterForm } from "./claim-filter-form";
import { useIsWide } from "./use-is-wide";
import { useMarginLayout } from "./use-margin-layout";
import type { Viewer } from "./viewer";
import { hasClaimFilters, matchesClaimFilters, readClaimFilters } from "@/lib/claim-filters/claim-filters";
import type { DeskClaim } from "@/lib/data/claims/claim-view";

interface ClaimPanelProps {
  claims: readonly DeskClaim[];
  selectedId: string | null;
  onSelect: (id: string, origin: "panel") => void;
  unplacedIds: ReadonlySet<string>;
  /** Actions shown under the selected claim (editors only). */
  renderActions?: (claim: DeskClaim) => ReactNode;
  viewer: Viewer;
  /** The article text, whose highlights the cards sit beside on wide screens. */
  textRef: RefObject<HTMLElement | null>;
  /** Per claim id, the earlier fact-checks it likely repeats (claims with none are absent). */
  checkedBefore: Readonly<Record<string, CheckedBeforeSummary>>;
}

/**
 * The claims in text order. On wide screens they sit in a margin column,
 * each card beside its highlight (use-margin-layout); on narrow ones they
 * are a plain list. Arrow keys, Home and End move between them; the
 * selected one is marked with aria-current and an outline, and opens to act
 * on the claim in place (ClaimCardDetails).
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
  viewer,
  textRef,
  checkedBefore,
}: ClaimPanelProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const isMargin = useIsWide() && allClaims.length > 0;
  const searchParams = useSearchParams();
  const filterKey = searchParams.toString();
  const filters = useMemo(() => readClaimFilters(new URLSearchParams(filterKey)), [filterKey]);
  const numbered = useMemo(() => {
    // Numbered as the highlights' badges count them: a claim with no highlight takes no number.
    let count = 0;
    const all = allClaims.map((claim) => ({ claim, number: unplacedIds.has(claim.id) ? null : ++count }));
    if (!hasClaimFilters(filters)) return all;
    return all.filter(({ claim }) =>
      matchesClaimFilters({ ...claim, ratingKeys: claim.ratings.map((rating) => rating.key) }, filters),
    );
  }, [allClaims, filters, unplacedIds]);
  const claims = useMemo(() => numbered.map(({ claim }) => claim), [numbered]);
  // With the selected claim filtered out, the first one shown takes the tab stop.
  const isSelectedShown = claims.some((claim) => claim.id === selectedId);
  const selectFromPanel = useCallback((id: string) => onSelect(id, "panel"), [onSelect]);

  useMarginLayout(listRef, textRef, isMargin, numbered, selectedId);

  // In the margin the selected card sits beside its highlight, which the selection scrolls to.
  useEffect(() => {
    if (!selectedId || isMargin) return;
    listRef.current
      ?.querySelector(`button[data-claim-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [selectedId, isMargin]);

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
    // In the margin the card moves beside its highlight, which the selection scrolls to: no jump to where it was.
    listRef.current
      ?.querySelector<HTMLButtonElement>(`button[data-claim-id="${CSS.escape(next.id)}"]`)
      ?.focus({ preventScroll: isMargin });
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
      <ol
        ref={listRef}
        className={isMargin ? "relative overflow-clip [overflow-clip-margin:6px]" : "space-y-2"}
        aria-label="Claims in text order"
        onKeyDown={onKeyDown}
        data-layout={isMargin ? "margin" : "list"}
      >
        {numbered.map(({ claim, number }, index) => {
          const selected = claim.id === selectedId;
          return (
            <li
              key={claim.id}
              data-card-for={claim.id}
              className={isMargin ? `absolute inset-x-2 top-0 ${selected ? "z-10" : ""}` : undefined}
            >
              <ClaimCard
                claim={claim}
                number={number}
                selected={selected}
                tabbable={selected || (!isSelectedShown && index === 0)}
                onSelect={selectFromPanel}
                note={unplacedIds.has(claim.id) ? "Not shown in the text: its position is invalid." : null}
                checkedBefore={checkedBefore[claim.id]}
              />
              {selected ? (
                <ClaimCardDetails
                  claim={claim}
                  viewer={viewer}
                  actions={renderActions?.(claim)}
                  checkedBefore={checkedBefore[claim.id]}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
