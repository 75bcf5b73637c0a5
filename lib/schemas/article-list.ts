import { z } from "zod";
import { articleSorts, NOBODY, publishedStates } from "@/lib/articles-search/article-list-options";
import { normalizeSearch, SEARCH_MAX } from "@/lib/articles-search/normalize-search";
import { isCalendarDate } from "@/lib/import/calendar-date";
import { articleStatuses } from "@/lib/review/article-status";
import { personFilter } from "./person-filter";

const calendarDay = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Give the ${what} date as YYYY-MM-DD, e.g. 2025-03-14.`)
    .refine(isCalendarDate, `That ${what} date does not exist.`);

/**
 * The articles list's search, filters and sort, shared by `GET /articles`
 * and the list page. Days are UTC calendar days, both ends included.
 */
export const articleListFilterShape = {
  q: z
    .string()
    .max(SEARCH_MAX, `Keep the search under ${SEARCH_MAX} characters.`)
    .optional()
    .transform(normalizeSearch)
    .describe("Words to find in the title or the current text (case-insensitive, matched literally)."),
  createdFrom: calendarDay("from")
    .optional()
    .describe("Only articles added on or after this day (YYYY-MM-DD, UTC)."),
  createdTo: calendarDay("to")
    .optional()
    .describe("Only articles added on or before this day (YYYY-MM-DD, UTC)."),
  published: z
    .enum(publishedStates, { error: `Filter the published state by one of: ${publishedStates.join(", ")}.` })
    .optional()
    .describe(
      "published: a report is live; withdrawn: reports were published and all withdrawn; not_published: never published.",
    ),
  assignee: personFilter("assignee").describe(
    `Only articles this user owns: the article's assignee, or the assignee of any of its claims. \`${NOBODY}\`: articles nobody owns (no assignee, none of their claims assigned). An unknown id lists nothing.`,
  ),
  leadEditor: personFilter("lead editor").describe(
    `Only articles this user leads. \`${NOBODY}\`: articles without a lead editor.`,
  ),
  sort: z
    .enum(articleSorts, { error: `Sort by one of: ${articleSorts.join(", ")}.` })
    .default("newest")
    .describe(
      "newest: by when the article was added (default); activity: by when it last changed; progress: by the share of its (not dismissed) claims that are approved; due: by due day, soonest first, articles without one last. Each breaks ties by id.",
    ),
};

/** The from-day must not be after the to-day. */
export function checkDateOrder(
  { createdFrom, createdTo }: { createdFrom?: string; createdTo?: string },
  context: z.RefinementCtx,
): void {
  if (createdFrom && createdTo && createdFrom > createdTo)
    context.addIssue({
      code: "custom",
      path: ["createdTo"],
      message: "The to date is before the from date. Swap them or clear one.",
    });
}

/**
 * The list page's URL: the same search, filters and sort, then `?cursor=` /
 * `?before=` to page through. A value the page cannot use (an unknown
 * status, a mistyped date, the form's blank "Anyone") is left out, so a
 * hand-edited URL still shows a list.
 */
export const articleListPageSchema = z.object({
  q: articleListFilterShape.q.catch(undefined),
  status: z.enum(articleStatuses).optional().catch(undefined),
  published: articleListFilterShape.published.catch(undefined),
  createdFrom: articleListFilterShape.createdFrom.catch(undefined),
  createdTo: articleListFilterShape.createdTo.catch(undefined),
  assignee: articleListFilterShape.assignee.catch(undefined),
  leadEditor: articleListFilterShape.leadEditor.catch(undefined),
  sort: articleListFilterShape.sort.catch("newest"),
  cursor: z.string().max(500).optional().catch(undefined),
  before: z.string().max(500).optional().catch(undefined),
});
