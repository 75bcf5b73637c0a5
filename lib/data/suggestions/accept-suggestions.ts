import type { AcceptSuggestionsResponse } from "@/lib/api/schemas/suggestion";
import { describeSpan } from "@/lib/anchoring/text-quote";
import type { SessionUser } from "@/lib/auth/roles";
import { insertClaims } from "@/lib/data/claims/insert-claim";
import { listClaims } from "@/lib/data/claims/list-claims";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canAnnotateClaims } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { ACCEPT_ALL_MAX, type AcceptSuggestionsInput } from "@/lib/schemas/suggestion";
import { readSuggestions } from "./load-suggestions";
import { suggestedStatement } from "./suggested-statement";
import { scheduleMatchRefresh } from "@/lib/data/matches/refresh-claim-matches";

/**
 * "Accept all above N": every sentence of the current revision that is
 * suggested (at or above the admin's threshold), scores at least
 * `minScore`, was not rejected and overlaps no claim becomes a claim
 * (the sentence as its statement, type "other", its stored score as
 * `suggestionScore`), all in one transaction. The caller names the revision
 * it read (else CONFLICT, nothing written); more than ACCEPT_ALL_MAX claims
 * at once is refused, nothing written.
 */
export async function acceptSuggestions(
  actor: SessionUser,
  articleId: string,
  input: AcceptSuggestionsInput,
): Promise<AcceptSuggestionsResponse> {
  assertAllowed(canAnnotateClaims(actor), "Only editors and admins can accept suggestions as claims.");
  const { revision, claimIds } = await db.$transaction(
    async (tx) => {
      const { revision, text, sentences } = await readSuggestions(tx, articleId);
      if (revision !== input.revision)
        throw new AppError(
          "CONFLICT",
          `The article text is at revision ${revision} now, not ${input.revision}. Reload the suggestions and accept them again if they still apply.`,
          { currentRevision: revision },
        );
      const accepted = sentences.filter(
        (s) => s.suggested && s.score >= input.minScore && !s.rejected && !s.claimed,
      );
      if (accepted.length > ACCEPT_ALL_MAX)
        throw new AppError(
          "VALIDATION",
          `That would create ${accepted.length} claims, more than ${ACCEPT_ALL_MAX} at once. Raise the lowest score (minScore) to accept fewer.`,
          { fields: { minScore: `Raise it: ${accepted.length} suggestions score at least this.` } },
        );
      const claimIds = await insertClaims(
        tx,
        actor,
        accepted.map((sentence) => ({
          articleId,
          revision,
          selector: describeSpan(text, sentence.start, sentence.end),
          statement: suggestedStatement(sentence.text),
          claimant: null,
          type: "other" as const,
          suggestionScore: sentence.score,
        })),
      );
      return { revision, claimIds };
    },
    // Up to ACCEPT_ALL_MAX claims, each with its status and audit event.
    { timeout: 60_000 },
  );
  scheduleMatchRefresh(claimIds);
  const created = new Set(claimIds);
  const claims = created.size === 0 ? [] : await listClaims(actor, articleId, {});
  return {
    articleId,
    revision,
    created: claimIds.length,
    claims: claims.filter((claim) => created.has(claim.id)),
  };
}
