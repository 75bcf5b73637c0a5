import type { ArticleSort, PublishedState } from "./article-list-options";
import type { ArticleStatus } from "@/lib/review/article-status";

/** What the articles list URL carries: the search, filters and sort, then a page position. */
export interface ArticleListParams {
  q?: string;
  status?: ArticleStatus;
  published?: PublishedState;
  createdFrom?: string;
  createdTo?: string;
  /** A user id, or NOBODY. */
  assignee?: string;
  /** A user id, or NOBODY. */
  leadEditor?: string;
  sort?: ArticleSort;
}

/** The filters in the order the URL names them (the sort follows them). */
const filterNames = [
  "q",
  "status",
  "published",
  "createdFrom",
  "createdTo",
  "assignee",
  "leadEditor",
] as const;

/** True when the list shows less than every article (the sort alone filters nothing). */
export function isFiltered(params: ArticleListParams): boolean {
  return filterNames.some((name) => Boolean(params[name]));
}

/**
 * The articles list URL for these filters and a page position. Every link
 * on the list (status, pages) is built here, so each keeps the others'
 * filters; the default sort is left out, keeping plain URLs plain.
 */
export function articleListHref(
  params: ArticleListParams,
  position: { cursor?: string; before?: string } = {},
): string {
  const query = new URLSearchParams();
  for (const name of filterNames) {
    const value = params[name];
    if (value) query.set(name, value);
  }
  if (params.sort && params.sort !== "newest") query.set("sort", params.sort);
  if (position.cursor) query.set("cursor", position.cursor);
  if (position.before) query.set("before", position.before);
  const search = query.toString();
  return search ? `/?${search}` : "/";
}
