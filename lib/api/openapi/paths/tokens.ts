import { apiTokenListResponse, apiTokenResponse, createdApiTokenResponse } from "@/lib/api/schemas/api-token";
import { createApiTokenSchema, MAX_ACTIVE_TOKENS } from "@/lib/schemas/api-token";
import type { ApiOperation } from "../operation";

const tag = "Access tokens";
const everyone = "any signed-in user, for their own tokens";

/** Personal access tokens: list, create (browser session only), read and revoke. */
export const tokenOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/tokens",
    operationId: "listApiTokens",
    tag,
    summary: "List your access tokens",
    description: "Your own tokens, newest first, revoked and expired ones included. Never returns a secret.",
    allowed: everyone,
    responses: { 200: { description: "Your tokens.", schema: apiTokenListResponse } },
    errors: [],
  },
  {
    method: "post",
    path: "/tokens",
    operationId: "createApiToken",
    tag,
    summary: "Create an access token",
    description:
      "Creates a personal access token that acts as you, with your role at the time of each call. " +
      "The `secret` is in this response only: store it now. Needs a browser session: a call " +
      "authenticated with a token gets 403, so a leaked token cannot create more. " +
      "`expiresAt` must lie in the future; leave it out (or null) for a token that never expires. " +
      `At most ${MAX_ACTIVE_TOKENS} active tokens per user (409 beyond that).`,
    allowed: "any signed-in user, in the app (browser session, not a token)",
    body: createApiTokenSchema,
    responses: {
      201: {
        description: "The new token and its secret, shown this once.",
        schema: createdApiTokenResponse,
        headers: { Location: "The token's URL, /api/v1/tokens/{id}." },
      },
    },
    errors: [400, 403, 409, 413, 415, 422],
  },
  {
    method: "get",
    path: "/tokens/{id}",
    operationId: "getApiToken",
    tag,
    summary: "Read one of your access tokens",
    allowed: everyone,
    responses: { 200: { description: "The token (without its secret).", schema: apiTokenResponse } },
    errors: [404],
  },
  {
    method: "delete",
    path: "/tokens/{id}",
    operationId: "revokeApiToken",
    tag,
    summary: "Revoke one of your access tokens",
    description:
      "The token stops working at once. Revoking a token that is already revoked succeeds and changes nothing.",
    allowed: everyone,
    responses: { 204: { description: "Revoked." } },
    errors: [404],
  },
];
