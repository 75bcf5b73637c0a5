import { updateRating } from "@/lib/data/ratings/update-rating";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { updateRatingSchema } from "@/lib/schemas/rating";

/** `{ updatedAt, label?, color?, shortCode?, definition?, value?, retired? }`; a stale updatedAt gets 409. */
export const PATCH = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const input = await readJson(request, updateRatingSchema);
  return json({ rating: await updateRating(user, params.id, input) });
});
