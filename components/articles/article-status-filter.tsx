import Link from "next/link";
import { articleStatuses, type ArticleStatus } from "@/lib/review/article-status";
import { articleListHref, type ArticleListParams } from "@/lib/articles-search/article-list-href";

/** Words for each article status on the list page. */
export const articleStatusNames: Record<ArticleStatus, string> = {
  unchecked: "Unchecked",
  in_progress: "In progress",
  disputed: "Disputed",
  ready_to_publish: "Ready to publish",
};

/**
 * Links that filter the list by status, keeping the search, other filters
 * and sort; the current one is marked for screen readers and by weight, not
 * colour alone.
 */
export function ArticleStatusFilter({ params }: { params: ArticleListParams }) {
  const current = params.status;
  const options: Array<{ status?: ArticleStatus; name: string }> = [
    { name: "All" },
    ...articleStatuses.map((status) => ({ status, name: articleStatusNames[status] })),
  ];
  return (
    <nav aria-label="Filter articles by status" className="mb-4">
      <ul className="flex flex-wrap gap-2 text-sm">
        {options.map(({ status, name }) => {
          const isCurrent = status === current;
          return (
            <li key={name}>
              <Link
                href={articleListHref({ ...params, status })}
                aria-current={isCurrent ? "page" : undefined}
                className={`inline-block rounded border px-3 py-1 focus-visible:outline-2 focus-visible:outline-blue-800 ${
                  isCurrent
                    ? "border-stone-800 bg-stone-800 font-semibold text-white underline"
                    : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100"
                }`}
              >
                {name}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
