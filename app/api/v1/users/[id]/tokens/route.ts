import { revokeUserTokens } from "@/lib/data/users/revoke-user-tokens";
import { apiRoute } from "@/lib/http/api-route";
import { json } from "@/lib/http/responses";

/** Revokes every API token of the user. Admins only. */
export const DELETE = apiRoute<{ id: string }>(async (_request, { params, user }) =>
  json(await revokeUserTokens(user, params.id)),
);
