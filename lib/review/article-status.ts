import type { ArticleSummary } from "./article-summary";

/*
 * One word for where an article stands, derived from its claims' summary
 * (stored as Article.status by lib/data/statuses/sync-statuses.ts, so the
 * article list can filter by it with an index). In order of
 * precedence: no claims marked yet; any claim disputed (it blocks
 * publishing until an editor settles it); every claim done; otherwise work
 * is under way.
 */

export const articleStatuses = ["unchecked", "in_progress", "disputed", "ready_to_publish"] as const;

export type ArticleStatus = (typeof articleStatuses)[number];

export function deriveArticleStatus(
  summary: Pick<ArticleSummary, "total" | "counts" | "readyToPublish">,
): ArticleStatus {
  if (summary.total === 0) return "unchecked";
  if (summary.counts.disputed > 0) return "disputed";
  if (summary.readyToPublish) return "ready_to_publish";
  return "in_progress";
}
