import type { SessionUser } from "@/lib/auth/roles";
import type { ClaimSelector } from "@/lib/anchoring/text-quote";
import { resolveSelector } from "@/lib/anchoring/resolve-selector";
import { resolveSpan } from "@/lib/claims/resolve-span";
import { bumpArchiveGeneration } from "@/lib/data/archive/archive-generation";
import { recordAudit, type AuditAction } from "@/lib/data/audit/record-audit";
import { loadCurrentText } from "@/lib/data/articles/load-current-text";
import { syncStatuses } from "@/lib/data/statuses/sync-statuses";
import { scheduleMatchRefresh } from "@/lib/data/matches/refresh-claim-matches";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canAnnotateClaims, canDismissClaims } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { UpdateClaimInput } from "@/lib/schemas/claim";
import type { ClaimResource } from "@/lib/api/schemas/claim";
import { getClaimResource } from "./claim-resource";

/**
 * Edits a claim's words, span or dismissal. Optimistic versioning: the
 * caller sends the version it saw; if someone changed the claim since, the
 * update is refused with CONFLICT and the current claim, and nothing is lost.
 */
export async function updateClaim(
  actor: SessionUser,
  claimId: string,
  input: UpdateClaimInput,
): Promise<ClaimResource> {
  assertAllowed(canAnnotateClaims(actor), "Only editors and admins can change claims.");
  if (input.dismissal) assertAllowed(canDismissClaims(actor), "Only editors and admins can dismiss claims.");
  const stale = Symbol("stale");
  await db
    .$transaction(async (tx) => {
      const claim = await tx.claim.findUnique({ where: { id: claimId } });
      if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist. It may have been deleted.");
      const span =
        input.span || input.selector ? await resolveClaimSpan(tx, claim.articleId, input) : undefined;
      const changed = await tx.claim.updateMany({
        where: { id: claimId, version: input.version },
        data: {
          version: { increment: 1 },
          ...(input.statement !== undefined ? { statement: input.statement } : {}),
          ...(input.claimant !== undefined ? { claimant: input.claimant } : {}),
          ...(input.type !== undefined ? { type: input.type } : {}),
          ...(span ? { ...span.selector, anchoredRevision: span.revision, anchorState: "anchored" } : {}),
          ...dismissalData(actor, input.dismissal),
        },
      });
      // The conflict's details are read after the transaction, not inside it.
      if (changed.count === 0) throw stale;
      await syncStatuses(tx, { claimIds: [claimId] });
      // An approved claim's words are what the fact-check archive matches on.
      if (claim.status === "approved" && (input.statement !== undefined || span))
        await bumpArchiveGeneration(tx);
      for (const action of auditActionsFor(input, claim.anchorState)) {
        await recordAudit(tx, {
          action,
          actorId: actor.id,
          entityType: "claim",
          entityId: claimId,
          articleId: claim.articleId,
          claimId,
          data: {
            before: {
              statement: claim.statement,
              claimant: claim.claimant,
              type: claim.type,
              exact: claim.exact,
              start: claim.start,
              end: claim.end,
            },
            changes: { ...input, selector: undefined, span: span?.selector },
          },
        });
      }
    })
    .catch(async (error: unknown) => {
      throw error === stale ? await conflict(claimId) : error;
    });
  if (input.statement !== undefined) scheduleMatchRefresh([claimId]);
  return (await getClaimResource(claimId)) as ClaimResource;
}

/** The new place: the web app's `span` on the revision it saw, or an API caller's selector on the current text. */
async function resolveClaimSpan(
  tx: Tx,
  articleId: string,
  input: Pick<UpdateClaimInput, "span" | "selector">,
) {
  const { article, text } = await loadCurrentText(tx, articleId);
  const selector: ClaimSelector = input.span
    ? resolveSpan(text, article.revision, input.span)
    : resolveSelector(text, input.selector as NonNullable<UpdateClaimInput["selector"]>);
  return { selector, revision: article.revision };
}

function dismissalData(actor: SessionUser, dismissal: UpdateClaimInput["dismissal"]) {
  if (!dismissal) return {};
  return dismissal.dismissed
    ? { dismissedAt: new Date(), dismissedReason: dismissal.reason, dismissedById: actor.id }
    : { dismissedAt: null, dismissedReason: null, dismissedById: null };
}

function auditActionsFor(input: UpdateClaimInput, anchorState: string): AuditAction[] {
  const actions: AuditAction[] = [];
  if (input.statement !== undefined || input.claimant !== undefined || input.type !== undefined)
    actions.push("claim.edited");
  if (input.span || input.selector)
    actions.push(anchorState === "orphaned" ? "claim.reattached" : "claim.respanned");
  if (input.dismissal) actions.push(input.dismissal.dismissed ? "claim.dismissed" : "claim.restored");
  return actions;
}

/** CONFLICT carrying the claim as it is now, so the client can show it. */
export async function conflict(claimId: string): Promise<AppError> {
  const current = await getClaimResource(claimId);
  if (!current) return new AppError("NOT_FOUND", "That claim was deleted by someone else.");
  return new AppError(
    "CONFLICT",
    "This claim changed while you were looking at it. Here is the current version; apply your change again if it still makes sense.",
    {
      current,
      currentVersion: current.version,
    },
  );
}
