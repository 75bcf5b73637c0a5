import { db, type Tx } from "@/lib/db/client";
import { scaleOrder, toRatingView, type RatingView } from "./rating-view";

/**
 * The rating scale in order. By default only the ratings a reviewer may
 * choose for a new verdict; `includeRetired` adds the retired ones, which
 * old verdicts still show. Pass a transaction to read inside it.
 */
export async function listRatings(
  options: { includeRetired?: boolean } = {},
  client: Tx = db,
): Promise<RatingView[]> {
  const ratings = await client.rating.findMany({
    where: options.includeRetired ? {} : { retiredAt: null },
    orderBy: scaleOrder,
  });
  return ratings.map(toRatingView);
}
