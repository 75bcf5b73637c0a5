import { db, type Tx } from "@/lib/db/client";
import type { Rating } from "@/lib/db/generated/client";

/**
 * A rating as pages and the API show it. Dates are ISO strings: `updatedAt`
 * is the version token a client sends back with its changes.
 */
export interface RatingView {
  id: string;
  key: string;
  label: string;
  color: string;
  shortCode: string;
  definition: string;
  /** 5 (true) … 1 (false); null outside the numeric scale. */
  value: number | null;
  position: number;
  retiredAt: string | null;
  updatedAt: string;
}

export function toRatingView(rating: Rating): RatingView {
  return {
    id: rating.id,
    key: rating.key,
    label: rating.label,
    color: rating.color,
    shortCode: rating.shortCode,
    definition: rating.definition,
    value: rating.value,
    position: rating.position,
    retiredAt: rating.retiredAt?.toISOString() ?? null,
    updatedAt: rating.updatedAt.toISOString(),
  };
}

/** One rating, or null when there is none with this id. */
export async function getRatingView(ratingId: string, client: Tx = db): Promise<RatingView | null> {
  const rating = await client.rating.findUnique({ where: { id: ratingId } });
  return rating ? toRatingView(rating) : null;
}

/** Scale order; ties (never written by the app) fall back to creation order. */
export const scaleOrder = [{ position: "asc" as const }, { createdAt: "asc" as const }];
