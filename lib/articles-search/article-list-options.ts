/*
 * The articles list's sorts and published-state filter: the values the
 * page, the API and the data layer share.
 *
 * Extension point (assignee, lead editor, due date): when Article gains
 * those columns (prisma/, task H), add "due" to `articleSorts` with its
 * words below and its SQL key in lib/data/articles/article-page-sql.ts
 * (`sortKeyOf`), and `assignee` / `leadEditor` filters to
 * `ArticleListFilters` there (an `=` on the indexed column).
 */
export const articleSorts = ["newest", "activity", "progress"] as const;
export type ArticleSort = (typeof articleSorts)[number];

export const articleSortNames: Record<ArticleSort, string> = {
  newest: "Newest first",
  activity: "Last activity",
  progress: "Most progress",
};

/** Published: a live report exists; withdrawn: every report was withdrawn; not_published: none ever. */
export const publishedStates = ["published", "not_published", "withdrawn"] as const;
export type PublishedState = (typeof publishedStates)[number];

export const publishedStateNames: Record<PublishedState, string> = {
  published: "Published",
  not_published: "Not published",
  withdrawn: "Withdrawn",
};
