import type { ClaimResource } from "@/lib/api/schemas/claim";
import type { SessionUser } from "@/lib/auth/roles";
import { resolveSelector } from "@/lib/anchoring/resolve-selector";
import { resolveSpan } from "@/lib/claims/resolve-span";
import { loadCurrentText } from "@/lib/data/articles/load-current-text";
import { readRevisionScores } from "@/lib/data/suggestions/revision-scores";
import { scheduleMatchRefresh } from "@/lib/data/matches/refresh-claim-matches";
import { db } from "@/lib/db/client";
import { canAnnotateClaims } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { CreateClaimInput } from "@/lib/schemas/claim";
import { suggestionScoreFor } from "@/lib/suggestions/accepted-score";
import { getClaimResource } from "./claim-resource";
import { insertClaims } from "./insert-claim";

/**
 * Marks part of the current article text as a claim. Editors and admins only.
 * The web app sends the `span` the editor selected, on the revision they saw
 * (snapped to whole words in the browser); API callers may instead send a
 * quote or position `selector`, resolved strictly on the current text (see
 * lib/anchoring/resolve-selector.ts). Either way the server computes the
 * stored selector. A claim accepted from a suggestion names the sentence,
 * and the server records that sentence's stored score, never one the client
 * sends.
 */
export async function createClaim(
  actor: SessionUser,
  articleId: string,
  input: CreateClaimInput,
): Promise<ClaimResource> {
  assertAllowed(canAnnotateClaims(actor), "Only editors and admins can mark claims.");
  const claimId = await db.$transaction(async (tx) => {
    const { article, text, currentRevision } = await loadCurrentText(tx, articleId);
    const selector =
      "span" in input
        ? resolveSpan(text, article.revision, input.span)
        : resolveSelector(text, input.selector);
    const suggestionScore =
      input.suggestion === undefined
        ? null
        : suggestionScoreFor(await readRevisionScores(tx, currentRevision), input.suggestion, selector);
    const [id] = await insertClaims(tx, actor, [
      {
        articleId,
        revision: article.revision,
        selector,
        statement: input.statement ?? selector.exact,
        claimant: input.claimant ?? null,
        type: input.type,
        suggestionScore,
      },
    ]);
    return id!;
  });
  // "Checked before?": the archive is searched after the response, so marking never waits for it.
  scheduleMatchRefresh([claimId]);
  return (await getClaimResource(claimId)) as ClaimResource;
}
