import type { Tx } from "@/lib/db/client";
import { notifyLive } from "@/lib/db/dialect";
import { eventSignal } from "@/lib/live/live-signal";

/** Audit actions, in the words the claim timeline shows. */
export type AuditAction =
  | "article.imported"
  | "article.revised"
  | "article.edited"
  | "article.deleted"
  | "claim.marked"
  | "claim.edited"
  | "claim.respanned"
  | "claim.reattached"
  | "claim.deleted"
  | "claim.dismissed"
  | "claim.restored"
  | "claim.orphaned"
  | "claim.disputed"
  | "claim.assigned"
  | "claim.unassigned"
  | "claim.taken"
  | "claim.due_changed"
  | "claim.match_dismissed"
  | "article.assigned"
  | "suggestion.rejected"
  | "verdict.drafted"
  | "verdict.submitted"
  | "verdict.revised"
  | "verdict.closed"
  | "review.approved"
  | "review.changes_requested"
  | "dispute.resolved"
  | "comment.added"
  | "report.published"
  | "report.unpublished"
  | "rating.created"
  | "rating.updated"
  | "rating.retired"
  | "rating.restored"
  | "ratings.reordered"
  | "settings.updated"
  | "fact_checks.imported"
  | "token.created"
  | "token.revoked"
  | "user.created"
  | "user.invited"
  | "user.invitation_revoked"
  | "user.invitation_accepted"
  | "user.role_changed"
  | "user.renamed"
  | "user.deactivated"
  | "user.reactivated"
  | "user.password_reset"
  | "user.password_reset_link"
  | "user.password_reset_completed"
  | "user.password_changed"
  | "user.tokens_revoked"
  | "user.signed_in"
  | "user.signed_out"
  | "user.signed_out_everywhere"
  | "user.setup_completed";

export interface AuditEntry {
  action: AuditAction;
  actorId: string | null;
  entityType:
    | "article"
    | "claim"
    | "verdict"
    | "review"
    | "comment"
    | "report"
    | "rating"
    | "settings"
    | "archive"
    | "token"
    | "user"
    | "invitation";
  entityId: string;
  articleId?: string;
  claimId?: string;
  data?: Record<string, unknown>;
  at?: Date;
}

/**
 * Actions that other people viewing the article hear about live: changes to
 * its claims, verdicts, discussion, text and report. Sign-ins, settings and
 * the like concern no open page.
 */
const LIVE_ACTIONS: ReadonlySet<AuditAction> = new Set<AuditAction>([
  "article.revised",
  "article.edited",
  "claim.marked",
  "claim.edited",
  "claim.respanned",
  "claim.reattached",
  "claim.deleted",
  "claim.dismissed",
  "claim.restored",
  "claim.orphaned",
  "claim.disputed",
  "claim.assigned",
  "claim.unassigned",
  "claim.taken",
  "claim.due_changed",
  "article.assigned",
  "verdict.drafted",
  "verdict.submitted",
  "verdict.revised",
  "verdict.closed",
  "review.approved",
  "review.changes_requested",
  "dispute.resolved",
  "comment.added",
  "report.published",
  "report.unpublished",
]);

/** True when an audit entry is announced to the article's live viewers. */
export function isLiveEntry(entry: Pick<AuditEntry, "action" | "articleId">): boolean {
  return Boolean(entry.articleId) && LIVE_ACTIONS.has(entry.action);
}

/**
 * Appends to the audit trail inside the caller's transaction, so an action
 * and its record commit or fail together. The trail is append-only: nothing
 * in the app updates or deletes AuditEvent rows. An event that concerns an
 * article's viewers also gets its LiveEvent number, in the same transaction,
 * and a notice to the live hubs (delivered on commit on PostgreSQL).
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const event = await tx.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      articleId: entry.articleId ?? null,
      claimId: entry.claimId ?? null,
      data: JSON.stringify(entry.data ?? {}),
      ...(entry.at ? { at: entry.at } : {}),
    },
  });
  if (!isLiveEntry(entry)) return;
  await tx.liveEvent.create({
    data: { auditEventId: event.id, articleId: entry.articleId ?? null, at: event.at },
  });
  await notifyLive(tx, eventSignal(entry.articleId ?? null));
}

/** An event's `data` column back as an object; anything unreadable is `{}`, so one bad row never breaks a page. */
export function parseAuditData(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
