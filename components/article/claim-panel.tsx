"use client";

import { useEffect, useRef, type KeyboardEvent } from "react";
import { RatingChip } from "@/components/status/rating-chip";
import { StatusBadge } from "@/components/status/status-badge";
import type { ClaimView } from "@/lib/data/articles/get-article-view";

interface ClaimPanelProps {
  claims: readonly ClaimView[];
  selectedId: string | null;
  onSelect: (id: string, origin: "panel") => void;
  unplacedIds: ReadonlySet<string>;
}

/**
 * The claims in text order. Arrow keys, Home and End move between them;
 * the selected one is marked with aria-current and an outline.
 */
export function ClaimPanel({ claims, selectedId, onSelect, unplacedIds }: ClaimPanelProps) {
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!selectedId) return;
    listRef.current
      ?.querySelector(`[data-claim-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [selectedId]);

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
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

  if (claims.length === 0) {
    return <p className="text-sm text-stone-700">No claims have been marked in this article yet.</p>;
  }

  return (
    <ol ref={listRef} className="space-y-2" aria-label="Claims in text order" onKeyDown={onKeyDown}>
      {claims.map((claim, index) => {
        const selected = claim.id === selectedId;
        return (
          <li key={claim.id}>
            <button
              type="button"
              data-claim-id={claim.id}
              aria-current={selected ? "true" : undefined}
              tabIndex={selected || (!selectedId && index === 0) ? 0 : -1}
              onClick={() => onSelect(claim.id, "panel")}
              className={`w-full rounded-md border bg-white p-3 text-left text-sm shadow-sm focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
                selected ? "border-blue-700 ring-2 ring-blue-700" : "border-stone-200 hover:border-stone-400"
              }`}
            >
              <span className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-xs text-stone-600">#{index + 1}</span>
                <StatusBadge status={claim.status} />
                {claim.ratings.map((rating) => (
                  <RatingChip key={rating.key} rating={rating} />
                ))}
                {selected ? <span className="sr-only">(selected)</span> : null}
              </span>
              <span className="mt-1.5 block font-medium">{claim.statement}</span>
              <span className="mt-1 block text-stone-700">
                <span className="sr-only">Quote: </span>“{truncate(claim.exact, 140)}”
              </span>
              {claim.claimant ? (
                <span className="mt-1 block text-xs text-stone-700">Claimant: {claim.claimant}</span>
              ) : null}
              {claim.dismissedReason ? (
                <span className="mt-1 block text-xs text-stone-700">Dismissed: {claim.dismissedReason}</span>
              ) : null}
              {unplacedIds.has(claim.id) ? (
                <span className="mt-1 block text-xs font-medium text-amber-900">
                  Not shown in the text: its position is invalid.
                </span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
