import { BackLink } from "@/components/layout/back-link";
import { RatingChip } from "@/components/status/rating-chip";
import { StatusBadge } from "@/components/status/status-badge";
import { claimTypeLabels, claimTypeSchema } from "@/lib/claims/claim-types";
import type { ClaimDetail } from "@/lib/data/claims/get-claim-detail";
import { statusLabels } from "@/lib/review/status-labels";

/** The claim: statement, status, ratings, and the quote in its context. */
export function ClaimHeader({ detail }: { detail: ClaimDetail }) {
  const { claim, article } = detail;
  const type = claimTypeSchema.safeParse(claim.type);
  return (
    <header className="space-y-3 border-b border-stone-200 pb-5" data-testid="claim-header">
      <BackLink href={`/articles/${article.id}#claim-${claim.id}`}>{article.title}</BackLink>
      <h1 className="font-serif text-2xl font-semibold">{claim.statement}</h1>
      <p className="flex flex-wrap items-center gap-2">
        <StatusBadge status={claim.status} />
        {claim.ratings.map((rating) => (
          <RatingChip key={rating.key} rating={rating} />
        ))}
        <span className="text-sm text-stone-700" data-testid="claim-status-description">
          {statusLabels[claim.status].description}
        </span>
      </p>
      <blockquote
        className="rounded border-l-4 border-stone-300 bg-white px-3 py-2 font-serif"
        aria-label="Quote in context"
      >
        …{claim.prefix}
        <mark className="bg-amber-100 px-0.5">{claim.exact}</mark>
        {claim.suffix}…
      </blockquote>
      <p className="text-sm text-stone-700">
        {claim.claimant ? <>Claimant: {claim.claimant} · </> : null}
        Type: {type.success ? claimTypeLabels[type.data] : claim.type}
        {claim.anchorState === "orphaned" ? " · Needs re-anchoring in the article" : ""}
        {claim.dismissedReason ? ` · Dismissed: ${claim.dismissedReason}` : ""}
      </p>
    </header>
  );
}
