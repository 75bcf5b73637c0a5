import { deleteClaim } from "@/lib/data/claims/delete-claim";
import { getClaimDetailResource } from "@/lib/data/claims/get-claim-detail-resource";
import { updateClaim } from "@/lib/data/claims/update-claim";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { readQuery } from "@/lib/http/read-query";
import { json, noContent } from "@/lib/http/responses";
import { deleteClaimQuerySchema, updateClaimSchema } from "@/lib/schemas/claim";

/** The claim with its verdicts, comments and timeline: everything its page shows. */
export const GET = apiRoute<{ id: string }>(async (_request, { params, user }) => {
  return json(await getClaimDetailResource(user, params.id));
});

export const PATCH = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const input = await readJson(request, updateClaimSchema);
  return json({ claim: await updateClaim(user, params.id, input) });
});

/** `?withVerdicts=true` confirms deleting a claim that has verdicts. */
export const DELETE = apiRoute<{ id: string }>(async (request, { params, user }) => {
  await deleteClaim(user, params.id, readQuery(request, deleteClaimQuerySchema));
  return noContent();
});
