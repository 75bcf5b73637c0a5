import type { ClaimResource } from "@/lib/api/schemas/claim";
import type { SessionUser } from "@/lib/auth/roles";
import { resolveSelector } from "@/lib/anchoring/resolve-selector";
import { resolveSpan } from "@/lib/claims/resolve-span";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { loadCurrentText } from "@/lib/data/articles/load-current-text";
import { syncStatuses } from "@/lib/data/statuses/sync-statuses";
import { db } from "@/lib/db/client";
import { canAnnotateClaims } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { CreateClaimInput } from "@/lib/schemas/claim";
import { getClaimResource } from "./claim-resource";

/**
 * Marks part of the current article text as a claim. Editors and admins only.
 * The web app sends the `span` the editor selected, on the revision they saw
 * (snapped to whole words in the browser); API callers may instead send a
 * quote or position `selector`, resolved strictly on the current text (see
 * lib/anchoring/resolve-selector.ts). Either way the server computes the
 * stored selector.
 */
export async function createClaim(
  actor: SessionUser,
  articleId: string,
  input: CreateClaimInput,
): Promise<ClaimResource> {
  assertAllowed(canAnnotateClaims(actor), "Only editors and admins can mark claims.");
  const claimId = await db.$transaction(async (tx) => {
    const { article, text } = await loadCurrentText(tx, articleId);
    const selector =
      "span" in input
        ? resolveSpan(text, article.revision, input.span)
        : resolveSelector(text, input.selector);
    const claim = await tx.claim.create({
      data: {
        articleId,
        anchoredRevision: article.revision,
        ...selector,
        statement: input.statement ?? selector.exact,
        claimant: input.claimant ?? null,
        type: input.type,
        createdById: actor.id,
      },
    });
    await syncStatuses(tx, { claimIds: [claim.id] });
    await recordAudit(tx, {
      action: "claim.marked",
      actorId: actor.id,
      entityType: "claim",
      entityId: claim.id,
      articleId,
      claimId: claim.id,
      data: { exact: selector.exact, start: selector.start, end: selector.end, revision: article.revision },
    });
    return claim.id;
  });
  return (await getClaimResource(claimId)) as ClaimResource;
}
