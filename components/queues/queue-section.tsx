import type { ReactNode } from "react";
import type { CappedQueue } from "@/lib/data/queues/queue-items";

/**
 * One "My work" queue: a labelled region with its heading, how many items it
 * holds, the list (or a sentence when empty) and how many were left out.
 */
export function QueueSection({
  id,
  title,
  description,
  queue,
  noun,
  emptyMessage,
  children,
}: {
  id: string;
  title: string;
  description: string;
  queue: CappedQueue<unknown>;
  noun: [singular: string, plural: string];
  emptyMessage: string;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  const { total } = queue;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
      data-testid={`queue-${id}`}
      data-total={total}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-stone-700">
          {total} {total === 1 ? noun[0] : noun[1]}
        </p>
      </div>
      <p className="mt-0.5 text-sm text-stone-700">{description}</p>
      <div className="mt-3">
        {total === 0 ? <p className="text-stone-700 italic">{emptyMessage}</p> : children}
      </div>
      {total > queue.items.length ? (
        <p className="mt-3 text-sm text-stone-700" data-testid="queue-more">
          …and {total - queue.items.length} more, not shown here. The oldest are listed first.
        </p>
      ) : null}
    </section>
  );
}
