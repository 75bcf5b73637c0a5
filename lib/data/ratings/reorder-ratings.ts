import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canManageSettings } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { ReorderRatingsInput } from "@/lib/schemas/rating";
import { listRatings } from "./list-ratings";
import { scaleOrder, toRatingView, type RatingView } from "./rating-view";

/**
 * Puts the whole scale in the given order, in one transaction. The list must
 * name every rating (retired ones included) exactly once: a list that misses
 * one, or names one that no longer exists, was made from a stale scale and
 * is refused with CONFLICT and the current scale. Only ratings whose
 * position changes are written. Answers with the whole scale.
 */
export async function reorderRatings(actor: SessionUser, input: ReorderRatingsInput): Promise<RatingView[]> {
  assertAllowed(canManageSettings(actor), "Only admins can change the rating scale.");
  return db.$transaction(async (tx) => {
    const ratings = await tx.rating.findMany({ orderBy: scaleOrder });
    const byId = new Map(ratings.map((rating) => [rating.id, rating]));
    if (input.ids.length !== ratings.length || input.ids.some((id) => !byId.has(id))) {
      throw new AppError(
        "CONFLICT",
        "The rating scale changed while you were reordering it. Here is the current scale; move the ratings again.",
        { current: ratings.map(toRatingView) },
      );
    }
    let moved = 0;
    for (const [position, id] of input.ids.entries()) {
      if (byId.get(id)?.position === position) continue;
      await tx.rating.update({ where: { id }, data: { position } });
      moved += 1;
    }
    if (moved > 0) {
      await recordAudit(tx, {
        action: "ratings.reordered",
        actorId: actor.id,
        entityType: "rating",
        entityId: "scale",
        data: { before: ratings.map((r) => r.key), after: input.ids.map((id) => byId.get(id)?.key) },
      });
    }
    return listRatings({ includeRetired: true }, tx);
  });
}
