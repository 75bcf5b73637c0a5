"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, type KeyboardEvent, type ReactNode } from "react";
import { ClaimCard } from "./claim-card";
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
 */
export function ClaimPanel({ claims, selectedId, onSelect, unplacedIds, renderActions }: ClaimPanelProps) {
  const listRef = useRef<HTMLOListElement>(null);
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

  if (claims.length === 0) {
    return <p className="text-sm text-stone-700">No claims have been marked in this article yet.</p>;
  }

  return (
    <ol ref={listRef} className="space-y-2" aria-label="Claims in text order" onKeyDown={onKeyDown}>
      {claims.map((claim, index) => {
        const selected = claim.id === selectedId;
        return (
          <li key={claim.id}>
            <ClaimCard
              claim={claim}
              number={index + 1}
              selected={selected}
              tabbable={selected || (!selectedId && index === 0)}
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
  );
}
