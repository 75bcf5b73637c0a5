import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit, type AuditAction } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import type { Rating } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { canManageSettings } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import type { UpdateRatingInput } from "@/lib/schemas/rating";
import { assertLabelAvailable } from "./label-available";
import { toRatingView, type RatingView } from "./rating-view";
import { retirementChange } from "./retirement-change";

type RatingFields = Omit<UpdateRatingInput, "updatedAt" | "retired">;
const editableFields = ["label", "color", "shortCode", "definition", "value"] as const;

/**
 * Edits a rating's label, colour, short code, definition or number, and
 * retires or restores it (`retired`). Optimistic versioning: the caller
 * sends the `updatedAt` it saw; if the rating changed since, the update is
 * refused with CONFLICT and the current rating. A request that changes
 * nothing writes nothing.
 */
export async function updateRating(
  actor: SessionUser,
  ratingId: string,
  input: UpdateRatingInput,
): Promise<RatingView> {
  assertAllowed(canManageSettings(actor), "Only admins can change the rating scale.");
  const { updatedAt, retired, ...fields } = input;
  const rating = await db.$transaction(async (tx) => {
    const before = await tx.rating.findUnique({ where: { id: ratingId } });
    if (!before) throw new AppError("NOT_FOUND", "That rating does not exist.");
    if (before.updatedAt.toISOString() !== updatedAt) throw conflict(before);
    const changes = changedFields(before, fields);
    if (changes.label !== undefined) await assertLabelAvailable(tx, changes.label, { exceptId: ratingId });
    const retirement = retired === undefined ? null : await retirementChange(tx, before, retired);
    if (Object.keys(changes).length === 0 && !retirement) return before;
    const changed = await tx.rating.updateMany({
      where: { id: ratingId, updatedAt: before.updatedAt },
      data: { ...changes, ...retirement, updatedAt: nextVersion(before.updatedAt) },
    });
    if (changed.count === 0) throw conflict(await tx.rating.findUniqueOrThrow({ where: { id: ratingId } }));
    for (const action of auditActionsFor(changes, retirement)) {
      await recordAudit(tx, {
        action,
        actorId: actor.id,
        entityType: "rating",
        entityId: ratingId,
        data: { key: before.key, before: pick(before, changes), after: changes },
      });
    }
    return tx.rating.findUniqueOrThrow({ where: { id: ratingId } });
  });
  return toRatingView(rating);
}

/** The fields whose new value differs from the stored one. */
function changedFields(before: Rating, fields: RatingFields): RatingFields {
  const changes: Record<string, unknown> = {};
  for (const field of editableFields) {
    const value = fields[field];
    if (value !== undefined && value !== before[field]) changes[field] = value;
  }
  return changes as RatingFields;
}

function pick(rating: Rating, changes: RatingFields): Partial<Rating> {
  return Object.fromEntries(
    Object.keys(changes).map((field) => [field, rating[field as keyof RatingFields]]),
  );
}

/**
 * The new version token. `@updatedAt` would use the clock alone, and two
 * edits within one millisecond would then share a token; this never repeats.
 */
function nextVersion(previous: Date): Date {
  return new Date(Math.max(Date.now(), previous.getTime() + 1));
}

function auditActionsFor(
  changes: RatingFields,
  retirement: { retiredAt: Date | null } | null,
): AuditAction[] {
  const actions: AuditAction[] = [];
  if (Object.keys(changes).length > 0) actions.push("rating.updated");
  if (retirement) actions.push(retirement.retiredAt ? "rating.retired" : "rating.restored");
  return actions;
}

/** CONFLICT carrying the rating as it is now, so the client can show it. */
function conflict(current: Rating): AppError {
  return new AppError(
    "CONFLICT",
    `“${current.label}” changed while you were editing it. Here is the current version; apply your change again if it still makes sense.`,
    { current: toRatingView(current) },
  );
}
