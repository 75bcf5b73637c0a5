import { callApi } from "@/components/annotate/api-client";
import type { RatingView } from "@/lib/data/ratings/rating-view";
import type { EditableSettings } from "@/lib/data/settings/get-settings";

/** The rating scale and settings endpoints, as the admin pages call them. */
type RatingResponse = { rating: RatingView };

export async function requestCreateRating(body: Record<string, unknown>): Promise<RatingView> {
  return (await callApi<RatingResponse>("POST", "/api/v1/ratings", body)).rating;
}

/** Sends the rating's `updatedAt` as the version the change was made against. */
export async function requestUpdateRating(
  rating: RatingView,
  changes: Record<string, unknown>,
): Promise<RatingView> {
  const body = { updatedAt: rating.updatedAt, ...changes };
  return (await callApi<RatingResponse>("PATCH", `/api/v1/ratings/${rating.id}`, body)).rating;
}

export async function requestReorderRatings(ids: string[]): Promise<RatingView[]> {
  return (await callApi<{ ratings: RatingView[] }>("PUT", "/api/v1/ratings/order", { ids })).ratings;
}

export async function requestUpdateSettings(body: Record<string, unknown>): Promise<EditableSettings> {
  return (await callApi<{ settings: EditableSettings }>("PATCH", "/api/v1/settings", body)).settings;
}
