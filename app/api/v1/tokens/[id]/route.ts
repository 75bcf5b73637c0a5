import { getApiToken } from "@/lib/data/tokens/get-api-token";
import { revokeApiToken } from "@/lib/data/tokens/revoke-api-token";
import { apiRoute } from "@/lib/http/api-route";
import { json, noContent } from "@/lib/http/responses";

/** One of the caller's own tokens; someone else's is 404. */
export const GET = apiRoute<{ id: string }>(async (_request, { params, user }) =>
  json({ token: await getApiToken(user, params.id) }),
);

/** Revokes one of the caller's own tokens (idempotent); someone else's is 404. */
export const DELETE = apiRoute<{ id: string }>(async (_request, { params, user }) => {
  await revokeApiToken(user, params.id);
  return noContent();
});
