import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { syncStatuses } from "@/lib/data/statuses/sync-statuses";
import { db } from "@/lib/db/client";
import { lockInTransaction } from "@/lib/db/dialect";
import { AppError } from "@/lib/errors/app-error";
import { canApproveVerdict, canReviewVerdict } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ReviewInput } from "@/lib/schemas/verdict";
import { claimVerdictLock, loadVerdict } from "./load-verdict";

/**
 * Approves a verdict revision or requests changes to it. Never by anyone
 * who wrote any revision of the verdict (canReviewVerdict); always on the
 * revision the reviewer read: if the author has revised it since, the
 * review is refused (CONFLICT) rather than silently applied to text the
 * reviewer never saw. A reviewer whose latest word on the revision is
 * already an approval cannot approve it again (canApproveVerdict): CONFLICT.
 */
export async function reviewVerdict(
  actor: SessionUser,
  verdictId: string,
  input: ReviewInput,
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    // Check-then-write: two approvals by one reviewer sent at once would both
    // find no earlier approval on PostgreSQL (READ COMMITTED). The lock makes
    // the second wait, then read the first's review and be refused.
    await lockInTransaction(tx, `factcheck:review:${verdictId}:${actor.id}`);
    const verdict = await loadVerdict(tx, verdictId);
    const authorship = {
      authorId: verdict.authorId,
      revisions: await tx.verdictRevision.findMany({
        where: { verdictId },
        select: { authorId: true, version: true },
        orderBy: { version: "asc" },
      }),
    };
    assertAllowed(canReviewVerdict(actor, authorship), whyNotReviewer(actor, authorship));
    if (verdict.state !== "submitted")
      throw new AppError(
        "CONFLICT",
        "Only submitted verdicts can be reviewed: this one is a draft or was closed.",
      );
    if (input.version !== verdict.currentVersion) {
      throw new AppError(
        "CONFLICT",
        `The author revised this verdict (now revision ${verdict.currentVersion}) while you were reviewing revision ${input.version}. Read the new revision, then review it.`,
        { current: { currentVersion: verdict.currentVersion, lockVersion: verdict.lockVersion } },
      );
    }
    const revision = await tx.verdictRevision.findUniqueOrThrow({
      where: { verdictId_version: { verdictId, version: input.version } },
      include: {
        reviews: {
          select: { reviewerId: true, decision: true, createdAt: true },
          orderBy: { createdAt: "asc" },
        },
      },
    });
    if (
      input.decision === "approve" &&
      !canApproveVerdict(actor, { ...authorship, currentReviews: revision.reviews })
    ) {
      throw new AppError("CONFLICT", `You have already approved revision ${input.version} of this verdict.`);
    }
    await claimVerdictLock(tx, verdictId, input.baseVersion ?? verdict.lockVersion);
    const review = await tx.review.create({
      data: {
        verdictRevisionId: revision.id,
        reviewerId: actor.id,
        decision: input.decision,
        comment: input.comment,
      },
    });
    await syncStatuses(tx, { claimIds: [verdict.claimId] });
    await recordAudit(tx, {
      action: input.decision === "approve" ? "review.approved" : "review.changes_requested",
      actorId: actor.id,
      entityType: "review",
      entityId: review.id,
      articleId: verdict.claim.articleId,
      claimId: verdict.claimId,
      data: { verdictId, version: input.version, comment: input.comment },
    });
    return { id: review.id };
  });
}

/** Why canReviewVerdict said no, in a sentence: what the actor wrote, else their role. */
function whyNotReviewer(
  actor: SessionUser,
  verdict: { authorId: string; revisions: Array<{ authorId: string; version: number }> },
): string {
  if (verdict.authorId === actor.id) return "You wrote this verdict, so another reviewer must review it.";
  const mine = verdict.revisions.filter((revision) => revision.authorId === actor.id);
  if (mine.length === 0) return "Only reviewers and admins can review verdicts.";
  const which = mine.map((revision) => revision.version).join(", ");
  return `You wrote ${mine.length === 1 ? "revision" : "revisions"} ${which} of this verdict, so another reviewer must review it.`;
}
