import Link from "next/link";
import { StatusProgress } from "@/components/status/status-progress";
import type { Person } from "@/components/ui/person-select";
import { formatArticleDate, hostOf, isSafeHttpUrl } from "@/lib/article/format";
import type { ArticleListItem } from "@/lib/data/articles/list-articles";
import { articleListHref, isFiltered, type ArticleListParams } from "@/lib/articles-search/article-list-href";
import { publishedStateNames } from "@/lib/articles-search/article-list-options";
import { articleStatusNames } from "./article-status-filter";
import { DueDay } from "@/components/status/due-day";
import { personFilterName } from "./person-filter-field";

type People = { assignees: readonly Person[]; leadEditors: readonly Person[] };

export function ArticleList({
  articles,
  params,
  people,
}: {
  articles: ArticleListItem[];
  params: ArticleListParams;
  people: People;
}) {
  const { status, ...others } = params;
  if (articles.length === 0 && status && !isFiltered(others)) {
    return (
      <div className="rounded-lg border border-dashed border-stone-300 bg-white p-10 text-center">
        <h2 className="text-lg font-medium">No articles here</h2>
        <p className="mt-1 text-stone-700">
          No articles are “{articleStatusNames[status]}” right now.{" "}
          <Link href={articleListHref({ sort: params.sort })} className="underline">
            Show all articles
          </Link>
        </p>
      </div>
    );
  }
  if (articles.length === 0 && isFiltered(params)) {
    return (
      <div
        className="rounded-lg border border-dashed border-stone-300 bg-white p-10 text-center"
        role="status"
      >
        <h2 className="text-lg font-medium">No articles match</h2>
        <p className="mt-1 text-stone-700">
          {describeFilters(params, people)}{" "}
          <Link href={articleListHref({ sort: params.sort })} className="underline">
            Clear filters
          </Link>
        </p>
      </div>
    );
  }
  if (articles.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-stone-300 bg-white p-10 text-center">
        <h2 className="text-lg font-medium">No articles yet</h2>
        <p className="mt-1 text-stone-700">
          Articles you import appear here with the progress of their fact-check.
        </p>
      </div>
    );
  }
  return (
    <ul className="space-y-4" aria-label="Articles">
      {articles.map((article) => (
        <li
          key={article.id}
          className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
          data-testid="article-row"
        >
          <h2 className="text-lg font-semibold">
            <Link
              href={`/articles/${article.id}`}
              className="hover:underline focus-visible:outline-2 focus-visible:outline-blue-800"
            >
              {article.title}
            </Link>
          </h2>
          <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
            <div className="flex gap-1">
              <dt className="font-medium">Published</dt>
              <dd>{formatArticleDate(article.publishedAt) ?? "Date unknown"}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="font-medium">Source</dt>
              <dd>
                {isSafeHttpUrl(article.sourceUrl) ? (
                  <a href={article.sourceUrl} className="underline" rel="noopener noreferrer nofollow">
                    {hostOf(article.sourceUrl)}
                  </a>
                ) : (
                  (article.dateline ?? "Not recorded")
                )}
              </dd>
            </div>
            <div className="flex gap-1">
              <dt className="font-medium">Claims</dt>
              <dd data-testid="claim-count">{article.summary.total}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="font-medium">Lead editor</dt>
              <dd>{article.leadEditor?.name ?? "Nobody"}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="font-medium">Assignee</dt>
              <dd>{article.assignee?.name ?? "Nobody"}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="sr-only">Due date</dt>
              <dd data-testid="article-due">
                {article.dueAt ? <DueDay day={article.dueAt} /> : "No due date"}
              </dd>
            </div>
          </dl>
          <div className="mt-3 max-w-xl">
            <StatusProgress summary={article.summary} ratingCounts={article.ratingCounts} />
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The filters in words, for the empty state: what matched nothing. */
function describeFilters(
  { q, status, published, createdFrom, createdTo, assignee, leadEditor }: ArticleListParams,
  people: People,
): string {
  const parts = [
    q ? `containing “${q}”` : null,
    status ? `“${articleStatusNames[status]}”` : null,
    published ? `with report ${publishedStateNames[published].toLowerCase()}` : null,
    createdFrom ? `added from ${createdFrom}` : null,
    createdTo ? `added until ${createdTo}` : null,
    assignee ? `owned by ${personFilterName(assignee, people.assignees)}` : null,
    leadEditor ? `led by ${personFilterName(leadEditor, people.leadEditors)}` : null,
  ].filter(Boolean);
  return `No articles ${parts.join(", ")}.`;
}
