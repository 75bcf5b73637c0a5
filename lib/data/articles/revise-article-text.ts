import type { SessionUser } from "@/lib/auth/roles";
import { reanchorClaims, type ReanchorResult } from "@/lib/anchoring/reanchor";
import { normalizeArticleText } from "@/lib/article/text-blocks";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { bumpArchiveGeneration } from "@/lib/data/archive/archive-generation";
import { syncStatuses } from "@/lib/data/statuses/sync-statuses";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canEditArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ReviseArticleTextInput } from "@/lib/schemas/article";
import { scoreTextForStorage } from "@/lib/suggestions/sentence-scores";
import { loadCurrentText } from "./load-current-text";

export interface RevisionOutcome {
  revision: number;
  /** How many claims landed by each method, and which were orphaned. */
  anchored: Record<"unchanged" | "mapped" | "searched" | "fuzzy", number>;
  orphaned: Array<{ id: string; statement: string; reason: string }>;
}

/**
 * Saves corrected article text as a new revision and re-anchors every claim
 * against it, all in one transaction. Claims that cannot be placed with
 * confidence are marked orphaned, never dropped or silently moved. The edit
 * must start from the current revision (else CONFLICT), so two editors
 * cannot overwrite each other's corrections.
 */
export async function reviseArticleText(
  actor: SessionUser,
  articleId: string,
  input: ReviseArticleTextInput,
): Promise<RevisionOutcome> {
  assertAllowed(canEditArticles(actor), "Only editors and admins can edit article text.");
  const newText = normalizeArticleText(input.text);
  return db.$transaction(
    async (tx) => {
      const { article, text: oldText } = await loadCurrentText(tx, articleId);
      if (article.revision !== input.baseRevision) {
        throw new AppError(
          "CONFLICT",
          `Someone saved revision ${article.revision} while you were editing revision ${input.baseRevision}. Copy your changes, reload, and apply them again.`,
          { currentRevision: article.revision },
        );
      }
      if (newText === oldText)
        throw new AppError("VALIDATION", "The text is unchanged, so there is nothing to save.", {
          fields: { text: "No changes." },
        });

      const number = article.revision + 1;
      const bumped = await tx.article.updateMany({
        where: { id: articleId, revision: article.revision },
        data: { revision: number, version: { increment: 1 } },
      });
      if (bumped.count === 0)
        throw new AppError(
          "CONFLICT",
          "Someone saved a new revision at the same moment. Reload and try again.",
        );
      await tx.articleRevision.create({
        data: {
          articleId,
          number,
          text: newText,
          note: input.note,
          createdById: actor.id,
          sentenceScores: scoreTextForStorage(newText),
        },
      });

      const claims = await tx.claim.findMany({ where: { articleId, anchorState: "anchored" } });
      const results = reanchorClaims(oldText, newText, claims);
      const outcome: RevisionOutcome = {
        revision: number,
        anchored: { unchanged: 0, mapped: 0, searched: 0, fuzzy: 0 },
        orphaned: [],
      };
      for (const result of results) await applyResult(tx, result, number, outcome, claims);
      // Anchoring does not enter the status rules today; re-deriving here keeps
      // that an implementation detail of lib/review rather than an assumption.
      await syncStatuses(tx, { articleIds: [articleId] });
      // Approved claims' quotes may have moved or changed: the archive index re-reads them.
      if (claims.some((claim) => claim.status === "approved")) await bumpArchiveGeneration(tx);

      await recordAudit(tx, {
        action: "article.revised",
        actorId: actor.id,
        entityType: "article",
        entityId: articleId,
        articleId,
        data: {
          revision: number,
          note: input.note,
          anchored: outcome.anchored,
          orphaned: outcome.orphaned.map((o) => o.id),
        },
      });
      for (const orphan of outcome.orphaned) {
        await recordAudit(tx, {
          action: "claim.orphaned",
          actorId: actor.id,
          entityType: "claim",
          entityId: orphan.id,
          articleId,
          claimId: orphan.id,
          data: { revision: number, reason: orphan.reason },
        });
      }
      return outcome;
    },
    { timeout: 30_000 },
  );
}

async function applyResult(
  tx: Tx,
  result: ReanchorResult,
  revision: number,
  outcome: RevisionOutcome,
  claims: ReadonlyArray<{ id: string; statement: string }>,
): Promise<void> {
  if (result.state === "orphaned") {
    await tx.claim.update({
      where: { id: result.id },
      data: { anchorState: "orphaned", version: { increment: 1 } },
    });
    const statement = claims.find((c) => c.id === result.id)?.statement ?? "";
    outcome.orphaned.push({ id: result.id, statement, reason: result.reason });
    return;
  }
  outcome.anchored[result.method] += 1;
  // Unmoved claims keep their version: nothing a user sees about them changed.
  const moved = result.method !== "unchanged";
  await tx.claim.update({
    where: { id: result.id },
    data: { ...result.selector, anchoredRevision: revision, ...(moved ? { version: { increment: 1 } } : {}) },
  });
}
