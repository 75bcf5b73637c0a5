import type { RevisionView } from "@/lib/data/claims/get-claim-detail";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

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
          <span className="text-stone-600">({when.format(review.createdAt)} UTC)</span>
        </li>
      ))}
    </ul>
  );
}
