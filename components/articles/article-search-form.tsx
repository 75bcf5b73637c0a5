import Link from "next/link";
import { articleListHref, isFiltered, type ArticleListParams } from "@/lib/articles-search/article-list-href";
import {
  articleSortNames,
  articleSorts,
  publishedStateNames,
  publishedStates,
} from "@/lib/articles-search/article-list-options";

const fieldClass =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm text-stone-900 focus-visible:outline-2 focus-visible:outline-blue-800";
const labelClass = "block text-sm font-medium text-stone-800";

/**
 * The list's search, filters and sort: a plain GET form, so it works without
 * JavaScript, puts everything in the URL (a view can be shared or reloaded)
 * and, by leaving the cursor out, starts again at the first page. The status
 * travels as a hidden field: it is chosen with the links above the list.
 */
export function ArticleSearchForm({ params }: { params: ArticleListParams }) {
  return (
    <form method="get" action="/" role="search" aria-label="Search and filter articles" className="mb-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] lg:items-end">
        <div>
          <label htmlFor="article-search" className={labelClass}>
            Search titles and text
          </label>
          <input
            id="article-search"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            maxLength={200}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="article-published" className={labelClass}>
            Report
          </label>
          <select
            id="article-published"
            name="published"
            defaultValue={params.published ?? ""}
            className={fieldClass}
          >
            <option value="">Any</option>
            {publishedStates.map((state) => (
              <option key={state} value={state}>
                {publishedStateNames[state]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="article-created-from" className={labelClass}>
            Added from
          </label>
          <input
            id="article-created-from"
            name="createdFrom"
            type="date"
            defaultValue={params.createdFrom ?? ""}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="article-created-to" className={labelClass}>
            Added until
          </label>
          <input
            id="article-created-to"
            name="createdTo"
            type="date"
            defaultValue={params.createdTo ?? ""}
            className={fieldClass}
          />
        </div>
        <div>
          <label htmlFor="article-sort" className={labelClass}>
            Sort
          </label>
          <select id="article-sort" name="sort" defaultValue={params.sort ?? "newest"} className={fieldClass}>
            {articleSorts.map((sort) => (
              <option key={sort} value={sort}>
                {articleSortNames[sort]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-3">
          {params.status ? <input type="hidden" name="status" value={params.status} /> : null}
          <button
            type="submit"
            className="rounded bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
          >
            Apply
          </button>
          {isFiltered(params) || (params.sort && params.sort !== "newest") ? (
            <Link href={articleListHref({})} className="text-sm text-blue-800 underline underline-offset-2">
              Clear filters
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
