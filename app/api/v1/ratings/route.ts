import { createRating } from "@/lib/data/ratings/create-rating";
import { listRatings } from "@/lib/data/ratings/list-ratings";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { readQuery } from "@/lib/http/read-query";
import { created, json } from "@/lib/http/responses";
import { createRatingSchema, ratingsQuerySchema } from "@/lib/schemas/rating";

/** The ratings a new verdict may use; `?includeRetired=true` adds the retired ones. Any signed-in user. */
export const GET = apiRoute(async (request) => {
  const { includeRetired } = readQuery(request, ratingsQuerySchema);
  return json({ ratings: await listRatings({ includeRetired: includeRetired === "true" }) });
});

export const POST = apiRoute(async (request, { user }) => {
  const input = await readJson(request, createRatingSchema);
  const rating = await createRating(user, input);
  return created({ rating }, `/api/v1/ratings/${rating.id}`);
});
