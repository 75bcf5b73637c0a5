import { reorderRatings } from "@/lib/data/ratings/reorder-ratings";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { reorderRatingsSchema } from "@/lib/schemas/rating";

/** `{ ids }`: every rating's id in the new order; answers with the whole scale. */
export const PUT = apiRoute(async (request, { user }) => {
  const input = await readJson(request, reorderRatingsSchema);
  return json({ ratings: await reorderRatings(user, input) });
});
