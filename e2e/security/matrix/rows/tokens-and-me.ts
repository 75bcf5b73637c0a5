import { anyone, everyone, nobody } from "../access";
import { createToken } from "../fixtures";
import type { Scenario } from "../types";

/**
 * Personal access tokens and "me": every signed-in user, for their own
 * things only. Someone else's token answers 404, so token ids reveal nothing;
 * creating a token needs a browser session, so a leaked token cannot mint more.
 */
export const tokenAndMeRows: Scenario[] = [
  { operationId: "listApiTokens", who: everyone, success: 200, prepare: () => ({}) },
  {
    operationId: "createApiToken",
    who: everyone,
    sessionOnly: true,
    // A fresh account per cell: the demo accounts collect tokens from every other e2e test,
    // and a user may hold at most 50 active ones.
    ownAccount: true,
    success: 201,
    prepare: ({ unique }) => ({ json: { name: `Matrix ${unique}` } }),
  },
  {
    operationId: "getApiToken",
    name: "their own token",
    who: everyone,
    success: 200,
    prepare: async ({ tx, userId }) => ({ params: { id: (await createToken(tx, userId)).id } }),
  },
  {
    operationId: "getApiToken",
    name: "someone else's token",
    who: nobody,
    refused: 404,
    success: 200,
    prepare: async ({ tx, shared }) => ({ params: { id: (await createToken(tx, shared.otherUserId)).id } }),
  },
  {
    operationId: "revokeApiToken",
    name: "their own token",
    who: everyone,
    success: 204,
    prepare: async ({ tx, userId }) => ({ params: { id: (await createToken(tx, userId)).id } }),
  },
  {
    operationId: "revokeApiToken",
    name: "someone else's token",
    who: nobody,
    refused: 404,
    success: 204,
    prepare: async ({ tx, shared }) => ({ params: { id: (await createToken(tx, shared.otherUserId)).id } }),
  },
  { operationId: "getMe", who: everyone, success: 200, prepare: () => ({}) },
  { operationId: "getMyWork", who: everyone, success: 200, prepare: () => ({ query: { limit: "5" } }) },
  { operationId: "getOpenApiDocument", who: anyone, success: 200, prepare: () => ({}) },
];
