import { BackLink } from "@/components/layout/back-link";
import { RatingChip } from "@/components/status/rating-chip";
import { StatusBadge } from "@/components/status/status-badge";
import { claimHeading, isStatementTheQuote } from "@/lib/claims/claim-heading";
import type { ClaimDetail } from "@/lib/data/claims/get-claim-detail";
import type { QuoteInContext } from "@/lib/report/sentence-context";
import { statusLabels } from "@/lib/review/status-labels";

/**
 * The claim: its statement as the heading, status and ratings, and the
 * quote highlighted in its sentence. A statement that is just the quote is
 * not written out a second time: the highlight in the sentence is the quote.
 */
export function ClaimHeader({ detail, context }: { detail: ClaimDetail; context: QuoteInContext }) {
  const { claim, article } = detail;
  const same = isStatementTheQuote(claim.statement, claim.exact);
  const hasContext = context.before.trim() !== "" || context.after.trim() !== "";
  return (
    <header className="space-y-3 border-b border-stone-200 pb-5" data-testid="claim-header">
      <BackLink href={`/articles/${article.id}#claim-${claim.id}`}>{article.title}</BackLink>
      <h1 className="font-serif text-2xl font-semibold">{claimHeading(claim.statement, claim.exact)}</h1>
      <p className="flex flex-wrap items-center gap-2">
        <StatusBadge status={claim.status} />
        {claim.ratings.map((rating) => (
          <RatingChip key={rating.key} rating={rating} />
        ))}
        <span className="text-sm text-stone-700" data-testid="claim-status-description">
          {statusLabels[claim.status].description}
        </span>
      </p>
      {same && !hasContext ? null : (
        <figure className="max-w-3xl">
          <figcaption className="text-sm text-stone-700">
            {same ? "In the article" : "The words in the article"}
          </figcaption>
          <blockquote
            className="mt-1 rounded border-l-4 border-stone-300 bg-white px-3 py-2 font-serif"
            aria-label="Quote in context"
            data-testid="quote-in-context"
          >
            {context.before}
            <mark className="bg-amber-100 px-0.5">{context.quote}</mark>
            {context.after}
          </blockquote>
        </figure>
      )}
    </header>
  );
}
