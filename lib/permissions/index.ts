import type { Role, SessionUser } from "@/lib/auth/roles";
import { hasApprovedRevision, type ReviewOfRevision } from "@/lib/review/own-review";

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
/** Other publishers' fact-checks enter the newsroom's archive only through an admin. */
export const canImportFactChecks = (actor: Actor) => is(actor, "admin");

/**
 * Changing or submitting a verdict: its author, or an admin, and only while
 * their role still writes verdicts (a reviewer made editor or viewer keeps
 * authorship of old verdicts but may no longer change them).
 */
export function canChangeVerdict(actor: Actor, verdict: { authorId: string }): boolean {
  return canWriteVerdicts(actor) && (verdict.authorId === actor.id || actor.role === "admin");
}

/** Who wrote a verdict: whoever started it, and the author of each of its revisions. */
export interface VerdictAuthorship {
  authorId: string;
  revisions: ReadonlyArray<{ authorId: string }>;
}

/**
 * Separation of duties: reviewers and admins review verdicts, but never one
 * they wrote any part of, whatever their role. Its author is out, and so is
 * anyone who revised it (an admin's edit of someone else's verdict makes
 * them a revision author; a draft rewritten by someone else keeps the
 * earlier author's revision, see revise-verdict.ts), so nobody can approve
 * words they wrote themselves, even on another person's verdict.
 */
export function canReviewVerdict(actor: Actor, verdict: VerdictAuthorship): boolean {
  return (
    is(actor, "admin", "reviewer") &&
    verdict.authorId !== actor.id &&
    !verdict.revisions.some((revision) => revision.authorId === actor.id)
  );
}

/**
 * Approving the current revision: whoever may review the verdict, unless
 * their latest review of that revision is already an approval (a second one
 * would count nothing; see lib/review/own-review.ts). Asking for changes
 * stays open to them: it withdraws the approval.
 */
export function canApproveVerdict(
  actor: Actor,
  verdict: VerdictAuthorship & { currentReviews: readonly ReviewOfRevision[] },
): boolean {
  return canReviewVerdict(actor, verdict) && !hasApprovedRevision(verdict.currentReviews, actor.id);
}

/**
 * Changing someone's access (role, deactivation, an admin's password reset):
 * admins, on other people's accounts only, so nobody locks themself out or
 * resets their own password past the current-password check.
 */
export function canChangeUserAccess(actor: Actor, target: { id: string }): boolean {
  return canManageUsers(actor) && target.id !== actor.id;
}

/** Assigning claims and articles, setting due dates and lead editors: the desk (editors and admins). */
export const canAssignWork = (actor: Actor) => is(actor, "admin", "editor");

/**
 * Who can own a claim or an article's check: active accounts that write
 * verdicts (reviewers, and admins, who also write them). Editors cannot:
 * they could not act on the work, so it would sit in nobody's queue.
 */
export function canBeAssignedWork(user: Pick<SessionUser, "role"> & { disabledAt: Date | null }): boolean {
  return user.disabledAt === null && (user.role === "reviewer" || user.role === "admin");
}

/** Who can lead an article's check: active editors and admins. */
export function canLeadArticles(user: Pick<SessionUser, "role"> & { disabledAt: Date | null }): boolean {
  return user.disabledAt === null && (user.role === "editor" || user.role === "admin");
}

/** Taking a claim: someone who writes verdicts, and only while nobody owns it. */
export function canTakeClaim(actor: Actor, claim: { assigneeId: string | null }): boolean {
  return canWriteVerdicts(actor) && claim.assigneeId === null;
}
