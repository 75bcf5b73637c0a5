import type { SuggestionResponse } from "@/lib/api/schemas/suggestion";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canAnnotateClaims } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { RejectSuggestionInput } from "@/lib/schemas/suggestion";
import { loadCurrentScores, loadSuggestions } from "./load-suggestions";

/**
 * An editor says sentence `n` of the current revision is not a claim. The
 * caller names the revision it read, so a rejection never lands on a
 * sentence that moved under it (CONFLICT). Rejecting one already rejected
 * changes nothing and answers the same. The text and the claims are never
 * touched.
 */
export async function rejectSuggestion(
  actor: SessionUser,
  articleId: string,
  n: number,
  input: RejectSuggestionInput,
): Promise<SuggestionResponse> {
  assertAllowed(canAnnotateClaims(actor), "Only editors and admins can reject suggestions.");
  try {
    return await recordRejection(actor, articleId, n, input);
  } catch (error) {
    // Two editors rejecting the same sentence at once: the later insert hits
    // the unique key. The rejection exists by then, so answer as for a repeat.
    if ((error as { code?: string }).code === "P2002") return recordRejection(actor, articleId, n, input);
    throw error;
  }
}

function recordRejection(
  actor: SessionUser,
  articleId: string,
  n: number,
  input: RejectSuggestionInput,
): Promise<SuggestionResponse> {
  return db.$transaction(async (tx) => {
    const { revision, text, scores } = await loadCurrentScores(tx, articleId);
    if (revision !== input.revision)
      throw new AppError(
        "CONFLICT",
        `The article text is at revision ${revision} now, not ${input.revision}. Reload the suggestions and reject it again if it still applies.`,
        { currentRevision: revision },
      );
    const sentence = scores[n - 1];
    if (!sentence)
      throw new AppError(
        "NOT_FOUND",
        `The article has ${scores.length} sentences, so there is no sentence ${n}.`,
      );
    const key = { articleId, revision, start: sentence.start, end: sentence.end };
    const existing = await tx.suggestionRejection.findUnique({
      where: { articleId_revision_start_end: key },
    });
    if (!existing) {
      await tx.suggestionRejection.create({ data: { ...key, rejectedById: actor.id } });
      await recordAudit(tx, {
        action: "suggestion.rejected",
        actorId: actor.id,
        entityType: "article",
        entityId: articleId,
        articleId,
        data: {
          revision,
          n,
          start: sentence.start,
          end: sentence.end,
          text: text.slice(sentence.start, sentence.end),
        },
      });
    }
    const { sentences } = await loadSuggestions(tx, articleId);
    return { articleId, revision, sentence: sentences[n - 1]! };
  });
}
