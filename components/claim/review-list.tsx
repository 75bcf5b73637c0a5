import { LocalTime } from "@/components/ui/local-time";
import type { RevisionView } from "@/lib/data/claims/get-claim-detail";
import { latestReviewBy, latestReviews } from "@/lib/review/own-review";

type Review = RevisionView["reviews"][number];

/** The reviews one revision received. */
export function ReviewList({ reviews }: { reviews: RevisionView["reviews"] }) {
  if (reviews.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm" aria-label="Reviews">
      {reviews.map((review) => (
        <li key={review.id} className={review.decision === "approve" ? "text-emerald-900" : "text-amber-900"}>
          <span aria-hidden="true">{review.decision === "approve" ? "✓ " : "✎ "}</span>
          <strong>{review.reviewerName}</strong>{" "}
          {review.decision === "approve" ? "approved" : "requested changes"}
          {review.comment ? `: “${review.comment}”` : ""}{" "}
          <span className="text-stone-600">
            (<LocalTime value={review.createdAt} />)
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The requests for changes that stand: on the current revision, or, when
 * nobody has asked anything of it yet, those the previous revision got
 * (the current one is the author's answer to them). A reviewer's later
 * approval withdraws their request, so only each reviewer's latest counts.
 */
export function ChangeRequests({ current, previous }: { current: RevisionView; previous?: RevisionView }) {
  const open = standingRequests(current.reviews);
  const answered = open.length === 0 && previous ? standingRequests(previous.reviews) : [];
  const requests = open.length > 0 ? open : answered;
  if (requests.length === 0) return null;
  const headingId = `change-requests-${current.version}-${requests[0]?.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm text-amber-950"
      data-testid="change-requests"
    >
      <h4 id={headingId} className="font-semibold">
        {open.length > 0
          ? `Changes requested on revision ${current.version}`
          : `Revision ${current.version} answers the changes requested on revision ${previous?.version}`}
      </h4>
      <ul className="mt-1 space-y-1">
        {requests.map((review) => (
          <li key={review.id}>
            <strong>{review.reviewerName}</strong> asked on <LocalTime value={review.createdAt} />
            {review.comment ? `: “${review.comment}”` : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "You approved revision 2 on …" or "You asked for changes to revision 2 on …": the viewer's own latest word. */
export function OwnReview({ revision, viewerId }: { revision: RevisionView; viewerId: string }) {
  const mine = latestReviewBy(revision.reviews, viewerId);
  if (!mine) return null;
  return (
    <p className="text-sm font-medium" data-testid="own-review">
      <span aria-hidden="true">{mine.decision === "approve" ? "✓ " : "✎ "}</span>
      {mine.decision === "approve"
        ? `You approved revision ${revision.version} on `
        : `You asked for changes to revision ${revision.version} on `}
      <LocalTime value={mine.createdAt} />.
    </p>
  );
}

function standingRequests(reviews: readonly Review[]): Review[] {
  return latestReviews(reviews).filter((review) => review.decision === "request_changes");
}
