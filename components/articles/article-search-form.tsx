import Link from "next/link";
import { Field } from "@/components/ui/form-controls";
import type { Person } from "@/components/ui/person-select";
import { articleListHref, isFiltered, type ArticleListParams } from "@/lib/articles-search/article-list-href";
import {
  articleSortNames,
  articleSorts,
  publishedStateNames,
  publishedStates,
} from "@/lib/articles-search/article-list-options";
import { PersonFilterField } from "./person-filter-field";

const fieldClass =
  "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm text-stone-900 focus-visible:outline-2 focus-visible:outline-blue-800";

/**
 * The list's search, filters and sort: a plain GET form, so it works without
 * JavaScript, puts everything in the URL (a view can be shared or reloaded)
 * and, by leaving the cursor out, starts again at the first page. The status
 * travels as a hidden field: it is chosen with the links above the list.
 * The people are those assignments offer (listAssignablePeople).
 */
export function ArticleSearchForm({
  params,
  people,
}: {
  params: ArticleListParams;
  people: { assignees: readonly Person[]; leadEditors: readonly Person[] };
}) {
  return (
    // Keyed by the URL: a link to another view (Clear filters, a status)
    // shows its values, where the uncontrolled fields would keep the old.
    <form
      key={articleListHref(params)}
      method="get"
      action="/"
      role="search"
      aria-label="Search and filter articles"
      className="mb-4"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
        <div className="sm:col-span-2">
          <Field id="article-search" label="Search titles and text">
            <input
              id="article-search"
              name="q"
              type="search"
              defaultValue={params.q ?? ""}
              maxLength={200}
              className={fieldClass}
            />
          </Field>
        </div>
        <Field id="article-published" label="Report">
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
        </Field>
        <Field id="article-created-from" label="Added from">
          <input
            id="article-created-from"
            name="createdFrom"
            type="date"
            defaultValue={params.createdFrom ?? ""}
            className={fieldClass}
          />
        </Field>
        <Field id="article-created-to" label="Added until">
          <input
            id="article-created-to"
            name="createdTo"
            type="date"
            defaultValue={params.createdTo ?? ""}
            className={fieldClass}
          />
        </Field>
        <PersonFilterField
          id="article-assignee"
          label="Assignee"
          name="assignee"
          people={people.assignees}
          value={params.assignee}
          className={fieldClass}
        />
        <PersonFilterField
          id="article-lead-editor"
          label="Lead editor"
          name="leadEditor"
          people={people.leadEditors}
          value={params.leadEditor}
          className={fieldClass}
        />
        <Field id="article-sort" label="Sort">
          <select id="article-sort" name="sort" defaultValue={params.sort ?? "newest"} className={fieldClass}>
            {articleSorts.map((sort) => (
              <option key={sort} value={sort}>
                {articleSortNames[sort]}
              </option>
            ))}
          </select>
        </Field>
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
