import { createClaim } from "@/lib/data/claims/create-claim";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { created } from "@/lib/http/responses";
import { createClaimSchema } from "@/lib/schemas/claim";

export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const input = await readJson(request, createClaimSchema);
  const claim = await createClaim(user, params.id, input);
  return created({ claim }, `/api/v1/claims/${claim.id}`);
});
