import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { reviewableStatuses } from "@/lib/review/review-queue";
import { canResolveDisputes, canWriteVerdicts } from "@/lib/permissions";
import {
  awaitingReviewWhere,
  changesRequestedVerdictWhere,
  disputedWhere,
  needsVerdictWhere,
  readyToPublishWhere,
  statusIndexOrder,
} from "./queue-filters";

/**
 * The header counts up to this many items and shows "99+" beyond: past it
 * the number tells nobody anything more, and counting stops there, so the
 * header costs the same on every page however much open work piles up.
 */
export const myWorkCountCap = 100;

/**
 * How many "My work" items need `user`'s action, for the header on every
 * page, at most myWorkCountCap; null when their role has no queue
 * (viewers). A few indexed COUNTs with the queues' own filters, so below the
 * cap it equals getMyWork's actionCount, without loading a queue.
 */
export async function countMyWork({
  user,
}: {
  user: Pick<SessionUser, "id" | "role">;
}): Promise<number | null> {
  const reviews = canWriteVerdicts(user);
  const edits = canResolveDisputes(user);
  if (!reviews && !edits) return null;
  // A capped count needs an order; this one is the (status, createdAt)
  // index's own, so the database stops after `take` rows instead of sorting
  // every match (Prisma orders a capped count by id otherwise).
  const capped = { take: myWorkCountCap, orderBy: statusIndexOrder };
  // One capped count per status: with `status IN (…)` the database would
  // have to merge the index's runs before it could stop at the cap, which
  // reads every match (measured: the editor's page grew with the archive).
  const claimsIn = async (where: Prisma.ClaimWhereInput, statuses: readonly string[]) =>
    (
      await Promise.all(statuses.map((status) => db.claim.count({ where: { ...where, status }, ...capped })))
    ).reduce((sum, count) => sum + count, 0);
  const counts = await Promise.all([
    reviews ? claimsIn(awaitingReviewWhere(user.id), [...reviewableStatuses]) : 0,
    // Verdicts, not claims: the same number, as an author has one open
    // verdict per claim (createVerdict refuses a second), and it is counted
    // on Verdict (authorId, state) without a join to every claim.
    reviews
      ? db.verdict.count({
          where: changesRequestedVerdictWhere(user.id),
          take: myWorkCountCap,
          orderBy: [{ authorId: "asc" }, { state: "asc" }],
        })
      : 0,
    edits ? claimsIn({}, [needsVerdictWhere.status, disputedWhere.status]) : 0,
    edits ? db.article.count({ where: readyToPublishWhere, ...capped }) : 0,
  ]);
  return Math.min(
    myWorkCountCap,
    counts.reduce((sum, count) => sum + count, 0),
  );
}
