import { createClaim } from "@/lib/data/claims/create-claim";
import { listClaims } from "@/lib/data/claims/list-claims";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { readQuery } from "@/lib/http/read-query";
import { created, json } from "@/lib/http/responses";
import { createClaimSchema, listClaimsQuerySchema } from "@/lib/schemas/claim";

/** The article's claims in text order: `?status=&rating=&claimant=&assignee=`. */
export const GET = apiRoute<{ id: string }>(async (request, { params, user }) => {
  return json({ claims: await listClaims(user, params.id, readQuery(request, listClaimsQuerySchema)) });
});

/** Marks a claim by `span` (the web app) or by quote or position `selector` on the current text. */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const claim = await createClaim(user, params.id, await readJson(request, createClaimSchema));
  return created({ claim }, `/api/v1/claims/${claim.id}`);
});
