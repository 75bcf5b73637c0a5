/*
 * The articles list's sorts and filters: the values the page, the API and
 * the data layer share.
 */
export const articleSorts = ["newest", "activity", "progress", "due"] as const;
export type ArticleSort = (typeof articleSorts)[number];

export const articleSortNames: Record<ArticleSort, string> = {
  newest: "Newest first",
  activity: "Last activity",
  progress: "Most progress",
  due: "Due soonest",
};

/** Published: a live report exists; withdrawn: every report was withdrawn; not_published: none ever. */
export const publishedStates = ["published", "not_published", "withdrawn"] as const;
export type PublishedState = (typeof publishedStates)[number];

export const publishedStateNames: Record<PublishedState, string> = {
  published: "Published",
  not_published: "Not published",
  withdrawn: "Withdrawn",
};

/**
 * The assignee and lead-editor filters take a user id, or this for nobody
 * (user ids are cuids, which never read "none").
 */
export const NOBODY = "none";
