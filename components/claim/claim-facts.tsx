import { claimTypeLabel } from "@/lib/claims/claim-types";
import type { ClaimView } from "@/lib/data/claims/claim-view";

/** Who made the claim, what kind it is, and whether it lost its place or was set aside. */
export function ClaimFacts({ claim }: { claim: ClaimView }) {
  return (
    <section
      aria-labelledby="claim-facts-heading"
      className="rounded-md border border-stone-200 bg-white p-4"
    >
      <h2 id="claim-facts-heading" className="mb-2 text-lg font-semibold">
        About this claim
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="claim-facts">
        <dt className="text-stone-700">Claimant</dt>
        <dd>{claim.claimant ?? "Not named"}</dd>
        <dt className="text-stone-700">Type</dt>
        <dd>{claimTypeLabel(claim.type)}</dd>
        <dt className="text-stone-700">Found by</dt>
        <dd>
          {claim.suggestionScore === null
            ? "An editor, by hand"
            : `Accepting a suggestion (score ${claim.suggestionScore.toFixed(2)})`}
        </dd>
        {claim.anchorState === "orphaned" ? (
          <>
            <dt className="text-stone-700">Place</dt>
            <dd className="font-medium">Needs re-anchoring in the article</dd>
          </>
        ) : null}
        {claim.dismissedReason ? (
          <>
            <dt className="text-stone-700">Dismissed</dt>
            <dd>{claim.dismissedReason}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
