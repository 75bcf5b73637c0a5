import { assertSignedInToCreate, createApiToken } from "@/lib/data/tokens/create-api-token";
import { listApiTokens } from "@/lib/data/tokens/list-api-tokens";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { created, json } from "@/lib/http/responses";
import { createApiTokenSchema } from "@/lib/schemas/api-token";

/** The caller's own personal access tokens, newest first. Session or token. */
export const GET = apiRoute(async (_request, { user }) => json({ tokens: await listApiTokens(user) }));

/** `{ name, expiresAt? }` → 201 `{ token, secret }`; the secret is never shown again. Session only. */
export const POST = apiRoute(async (request, { user, via }) => {
  // Before the body is read: a token caller gets 403 whatever it sends.
  assertSignedInToCreate(via);
  const input = await readJson(request, createApiTokenSchema);
  const result = await createApiToken(user, input, { via });
  return created(result, `/api/v1/tokens/${result.token.id}`);
});
