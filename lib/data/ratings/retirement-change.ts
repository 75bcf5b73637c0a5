import type { Tx } from "@/lib/db/client";
import type { Rating } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * What retiring or restoring a rating writes, or null when it already is
 * so. A retired rating stays on the verdicts that use it (they reference it
 * by id and nothing is deleted); it only stops being offered for new ones.
 * The last choosable rating cannot be retired: reviewers would have none.
 */
export async function retirementChange(
  tx: Tx,
  rating: Rating,
  retired: boolean,
): Promise<{ retiredAt: Date | null } | null> {
  if (retired === (rating.retiredAt !== null)) return null;
  if (!retired) return { retiredAt: null };
  const others = await tx.rating.count({ where: { retiredAt: null, id: { not: rating.id } } });
  if (others === 0) {
    throw new AppError(
      "CONFLICT",
      "Keep at least one rating that reviewers can choose: add or restore another first.",
    );
  }
  return { retiredAt: new Date() };
}
