import type { Tx } from "@/lib/db/client";

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
 * Appends to the audit trail inside the caller's transaction, so an action
 * and its record commit or fail together. The trail is append-only: nothing
 * in the app updates or deletes AuditEvent rows.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
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
