import Link from "next/link";
import { StatusProgress } from "@/components/status/status-progress";
import type { ArticleQueueItem } from "@/lib/data/queues/queue-items";

/** Articles in a queue: each links to its article page, with its progress. */
export function ArticleQueueList({ items }: { items: ArticleQueueItem[] }) {
  return (
    <ul className="divide-y divide-stone-200">
      {items.map((item) => (
        <li key={item.articleId} className="py-3 first:pt-0 last:pb-0" data-testid="queue-article">
          <Link
            href={`/articles/${item.articleId}`}
            className="font-medium text-blue-900 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-blue-800"
          >
            {item.title}
          </Link>
          <div className="mt-1.5 max-w-xl">
            <StatusProgress summary={item.summary} />
          </div>
        </li>
      ))}
    </ul>
  );
}
