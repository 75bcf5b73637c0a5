import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { canManageSettings } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { ratingKeyOf, type CreateRatingInput } from "@/lib/schemas/rating";
import { assertLabelAvailable } from "./label-available";
import { toRatingView, type RatingView } from "./rating-view";

/**
 * Adds a rating at the end of the scale. Its key is derived from the label
 * here and never changes, so verdicts and reports can rely on it.
 */
export async function createRating(actor: SessionUser, input: CreateRatingInput): Promise<RatingView> {
  assertAllowed(canManageSettings(actor), "Only admins can change the rating scale.");
  const key = ratingKeyOf(input.label);
  const rating = await db.$transaction(async (tx) => {
    await assertLabelAvailable(tx, input.label, { key });
    const last = await tx.rating.aggregate({ _max: { position: true } });
    const rating = await tx.rating.create({
      data: { ...input, key, position: (last._max.position ?? -1) + 1 },
    });
    await recordAudit(tx, {
      action: "rating.created",
      actorId: actor.id,
      entityType: "rating",
      entityId: rating.id,
      data: { key, ...input },
    });
    return rating;
  });
  return toRatingView(rating);
}
