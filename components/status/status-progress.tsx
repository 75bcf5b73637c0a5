import type { RatingCount } from "@/lib/data/claims/claim-status-query";
import { claimStatuses } from "@/lib/review/claim-status";
import { RatingChip } from "./rating-chip";
import type { ArticleSummary } from "@/lib/review/article-summary";
import { statusLabels } from "@/lib/review/status-labels";
import { StatusIcon } from "./status-icon";
import { statusStyle } from "./status-style";

/** Describes the counts in words: the accessible name of the bar and its legend. */
export function describeProgress(summary: ArticleSummary): string {
  if (summary.total === 0) return "No claims marked yet";
  const parts = claimStatuses
    .filter((status) => summary.counts[status] > 0)
    .map((status) => `${summary.counts[status]} ${statusLabels[status].label.toLowerCase()}`);
  return `${summary.total} ${summary.total === 1 ? "claim" : "claims"}: ${parts.join(", ")}`;
}

/** A stacked bar of claim statuses with a legend in words and icons. */
export function StatusProgress({
  summary,
  ratingCounts = [],
}: {
  summary: ArticleSummary;
  ratingCounts?: RatingCount[];
}) {
  const present = claimStatuses.filter((status) => summary.counts[status] > 0);
  return (
    <div className="space-y-1.5" data-testid="status-progress">
      <div
        role="img"
        aria-label={describeProgress(summary)}
        className="flex h-2.5 w-full overflow-hidden rounded-full bg-stone-200"
      >
        {present.map((status) => (
          <div
            key={status}
            className={`${statusStyle[status].bar} h-full border-r border-white last:border-r-0`}
            style={{ width: `${(summary.counts[status] / summary.total) * 100}%` }}
          />
        ))}
      </div>
      <p className="text-sm text-stone-700">
        {summary.total === 0 ? (
          "No claims marked yet"
        ) : (
          <>
            <span className="font-medium">{summary.percentDone}% done</span>
            {summary.readyToPublish ? (
              <span className="ml-2 inline-flex items-center gap-1 font-medium text-emerald-800">
                <StatusIcon status="approved" className="h-3.5 w-3.5" /> Ready to publish
              </span>
            ) : null}
          </>
        )}
      </p>
      {summary.total === 0 ? null : (
        <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-stone-700" aria-label="Claims by status">
          {present.map((status) => (
            <li key={status} className="inline-flex items-center gap-1" data-status={status}>
              <StatusIcon status={status} className="h-3.5 w-3.5" />
              <span>
                {summary.counts[status]} {statusLabels[status].label.toLowerCase()}
              </span>
            </li>
          ))}
        </ul>
      )}
      {ratingCounts.length > 0 ? (
        <ul
          className="flex flex-wrap items-center gap-1.5 text-xs"
          aria-label="Approved claims by rating"
          data-testid="rating-counts"
        >
          {ratingCounts.map((rating) => (
            <li key={rating.key} className="inline-flex items-center gap-1">
              <span className="font-medium">{rating.count}</span>
              <RatingChip rating={rating} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
