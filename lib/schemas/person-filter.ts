import { z } from "zod";
import { NOBODY } from "@/lib/articles-search/article-list-options";

/**
 * A filter by person (`?assignee=`, `?leadEditor=`): a user id, or `none`
 * for nobody. Only its form is checked: an id nobody has matches nothing,
 * an empty list rather than an error, as a URL saved before a person's
 * account was deleted should still open.
 */
export function personFilter(what: string) {
  return z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, `Give the ${what} as a user id, or ${NOBODY} for nobody.`)
    .optional();
}
