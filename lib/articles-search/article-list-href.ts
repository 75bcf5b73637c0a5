import type { ArticleSort, PublishedState } from "./article-list-options";
import type { ArticleStatus } from "@/lib/review/article-status";

/** What the articles list URL carries: the search, filters and sort, then a page position. */
export interface ArticleListParams {
  q?: string;
  status?: ArticleStatus;
  published?: PublishedState;
  createdFrom?: string;
  createdTo?: string;
  sort?: ArticleSort;
}

/** True when the list shows less than every article (the sort alone filters nothing). */
export function isFiltered({ q, status, published, createdFrom, createdTo }: ArticleListParams): boolean {
  return Boolean(q || status || published || createdFrom || createdTo);
}

/**
 * The articles list URL for these filters and a page position. Every link
 * on the list (status, pages) is built here, so each keeps the others'
 * filters; the default sort is left out, keeping plain URLs plain.
 */
export function articleListHref(
  { q, status, published, createdFrom, createdTo, sort }: ArticleListParams,
  position: { cursor?: string; before?: string } = {},
): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (status) params.set("status", status);
  if (published) params.set("published", published);
  if (createdFrom) params.set("createdFrom", createdFrom);
  if (createdTo) params.set("createdTo", createdTo);
  if (sort && sort !== "newest") params.set("sort", sort);
  if (position.cursor) params.set("cursor", position.cursor);
  if (position.before) params.set("before", position.before);
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
