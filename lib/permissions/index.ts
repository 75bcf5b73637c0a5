import type { Role, SessionUser } from "@/lib/auth/roles";

/**
 * Who may do what. One small function per question; the server checks them
 * on every mutation and the UI uses them to hide what a user cannot do.
 *
 * | role     | may                                                            |
 * | viewer   | read                                                           |
 * | editor   | annotate, dismiss, resolve disputes, comment, import, publish  |
 * | reviewer | write verdicts, review others' verdicts, comment               |
 * | admin    | everything, plus the rating scale, the settings and user accounts |
 */
type Actor = Pick<SessionUser, "id" | "role">;

const is = (actor: Actor, ...allowed: Role[]) => allowed.includes(actor.role);

export const canReadArticles = (actor: Actor) => is(actor, "admin", "editor", "reviewer", "viewer");
export const canImportArticles = (actor: Actor) => is(actor, "admin", "editor");
export const canEditArticles = (actor: Actor) => is(actor, "admin", "editor");
export const canAnnotateClaims = (actor: Actor) => is(actor, "admin", "editor");
export const canDismissClaims = (actor: Actor) => is(actor, "admin", "editor");
export const canResolveDisputes = (actor: Actor) => is(actor, "admin", "editor");
export const canComment = (actor: Actor) => is(actor, "admin", "editor", "reviewer");
export const canWriteVerdicts = (actor: Actor) => is(actor, "admin", "reviewer");
export const canPublishReports = (actor: Actor) => is(actor, "admin", "editor");
export const canManageSettings = (actor: Actor) => is(actor, "admin");
export const canManageUsers = (actor: Actor) => is(actor, "admin");

/** Reviewers never review their own verdict, whatever their role. */
export function canReviewVerdict(actor: Actor, verdict: { authorId: string }): boolean {
  return is(actor, "admin", "reviewer") && verdict.authorId !== actor.id;
}
