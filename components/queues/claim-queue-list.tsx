import Link from "next/link";
import { RatingChip } from "@/components/status/rating-chip";
import { StatusBadge } from "@/components/status/status-badge";
import type { ClaimQueueItem } from "@/lib/data/queues/queue-items";

/** Claims in a queue: each links to its claim page, with its article, status and ratings. */
export function ClaimQueueList({ items }: { items: ClaimQueueItem[] }) {
  return (
    <ul className="divide-y divide-stone-200">
      {items.map((item) => (
        <li key={item.claimId} className="py-3 first:pt-0 last:pb-0" data-testid="queue-claim">
          <Link
            href={`/claims/${item.claimId}`}
            className="font-medium text-blue-900 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-blue-800"
          >
            {item.statement}
          </Link>
          <p className="mt-0.5 text-sm text-stone-700">
            in <cite className="not-italic">{item.article.title}</cite>
          </p>
          <div className="mt-1.5 flex flex-wrap items-center gap-2">
            <StatusBadge status={item.status} />
            {item.ratings.map((rating) => (
              <RatingChip key={rating.key} rating={rating} />
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
