import { deleteClaim } from "@/lib/data/claims/delete-claim";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json, noContent } from "@/lib/http/responses";
import { updateClaimSchema } from "@/lib/schemas/claim";

export const PATCH = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const input = await readJson(request, updateClaimSchema);
  return json({ claim: await updateClaim(user, params.id, input) });
});

/** `?withVerdicts=true` confirms deleting a claim that has verdicts. */
export const DELETE = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const withVerdicts = new URL(request.url).searchParams.get("withVerdicts") === "true";
  await deleteClaim(user, params.id, { withVerdicts });
  return noContent();
});
