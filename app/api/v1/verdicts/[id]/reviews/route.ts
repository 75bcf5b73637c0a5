import { reviewVerdict } from "@/lib/data/verdicts/review-verdict";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { created } from "@/lib/http/responses";
import { reviewSchema } from "@/lib/schemas/verdict";

/** `{ decision: "approve" | "request_changes", comment?, version, baseVersion? }` */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const review = await reviewVerdict(user, params.id, await readJson(request, reviewSchema));
  return created({ review }, `/api/v1/verdicts/${params.id}#review-${review.id}`);
});
