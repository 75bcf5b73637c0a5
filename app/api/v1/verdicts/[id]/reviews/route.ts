import { getVerdictView } from "@/lib/data/verdicts/get-verdict-view";
import { reviewVerdict } from "@/lib/data/verdicts/review-verdict";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { created } from "@/lib/http/responses";
import { reviewSchema } from "@/lib/schemas/verdict";

/**
 * `{ decision: "approve" | "request_changes", comment?, version, baseVersion? }`; answers with the
 * verdict's new review state. 409 when the revision is not current, or when the caller already approved it.
 */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const review = await reviewVerdict(user, params.id, await readJson(request, reviewSchema));
  const verdict = await getVerdictView(params.id);
  return created({ review, verdict }, `/api/v1/verdicts/${params.id}#review-${review.id}`);
});
