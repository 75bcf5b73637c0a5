import type { ArticleSummary } from "@/lib/review/article-summary";
import { articleStatuses, type ArticleStatus } from "@/lib/review/article-status";

/*
 * The `articles` command speaks of article statuses exactly as the API does
 * (lib/review/article-status.ts: unchecked, in_progress, disputed,
 * ready_to_publish). "Ready to publish" is the app's own rule: at least one
 * claim, and every claim approved or dismissed. Like the article list page,
 * and unlike the editors' "ready to publish" queue, it does not leave out
 * articles that already have a live report.
 */

/** Words for the table; JSON and --status use the API's names. */
export const articleStatusLabels: Record<ArticleStatus, string> = {
  unchecked: "no claims yet",
  in_progress: "in progress",
  disputed: "disputed",
  ready_to_publish: "ready to publish",
};

/** Shorthands people type; "ready" is what an editor means by it. */
const aliases: Record<string, ArticleStatus> = { ready: "ready_to_publish" };

/** What `--status` accepts, as shown in the usage (dashes; underscores work too). */
export const statusFilterNames: readonly string[] = [...articleStatuses, ...Object.keys(aliases)].map(
  (name) => name.replaceAll("_", "-"),
);

/** A `--status` value → the article status, or null when it names none. */
export function parseStatusFilter(value: string): ArticleStatus | null {
  const name = value.trim().toLowerCase().replaceAll("-", "_");
  return articleStatuses.find((status) => status === name) ?? aliases[name] ?? null;
}

/** Claims that need no more work: approved or dismissed (what "% done" counts). */
export function claimsDone(summary: ArticleSummary): number {
  return summary.counts.approved + summary.counts.dismissed;
}
