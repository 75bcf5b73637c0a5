"use client";

import type { ReactNode } from "react";
import { ClaimCard } from "@/components/article/claim-card";
import type { DeskClaim } from "@/lib/data/claims/claim-view";

/**
 * Claims that could not be placed confidently after the article text was
 * edited. They are never dropped or moved silently: they wait here, with
 * their original quote, until an editor re-attaches them to new text.
 */
export function OrphanedClaims({
  claims,
  selectedId,
  onSelect,
  renderActions,
}: {
  claims: readonly DeskClaim[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  renderActions?: (claim: DeskClaim) => ReactNode;
}) {
  if (claims.length === 0) return null;
  return (
    <section
      aria-labelledby="orphaned-heading"
      className="mb-5 rounded-md border border-amber-300 bg-amber-50 p-3"
    >
      <h3 id="orphaned-heading" className="font-semibold text-amber-950">
        Needs re-anchoring ({claims.length})
      </h3>
      <p className="mb-2 text-xs text-amber-950">
        The text these claims quoted changed. Select the new text, then choose Re-attach.
      </p>
      <ul className="space-y-2" aria-label="Claims that need re-anchoring">
        {claims.map((claim) => (
          <li key={claim.id}>
            <ClaimCard
              claim={claim}
              number={null}
              selected={claim.id === selectedId}
              tabbable
              onSelect={onSelect}
            />
            {claim.id === selectedId && renderActions ? renderActions(claim) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
