import { randomBytes } from "node:crypto";
import { admins } from "../access";
import { createInvitation, createToken, createUser } from "../fixtures";
import type { PrepareContext, Scenario } from "../types";

/** A password strong enough for the estimator, sharing nothing with any email or name. */
export const strongPassword = () => `Qx7-${randomBytes(15).toString("base64url")}`;

/** An account nobody signs in as, for one cell to act on. */
const freshUser = ({ tx, shared, unique }: PrepareContext) =>
  createUser(tx, { role: "viewer", passwordHash: shared.passwordHash, unique });

/** Team management (contract.md): admins only, for every route. */
export const accountRows: Scenario[] = [
  { operationId: "listUsers", who: admins, success: 200, prepare: () => ({}) },
  {
    operationId: "createUser",
    who: admins,
    success: 201,
    prepare: ({ unique }) => ({
      json: {
        email: `matrix-new-${unique}@example.org`,
        name: `New person ${unique}`,
        role: "viewer",
        password: strongPassword(),
      },
    }),
  },
  {
    operationId: "getUser",
    who: admins,
    success: 200,
    prepare: ({ shared }) => ({ params: { id: shared.otherUserId } }),
  },
  {
    operationId: "updateUser",
    who: admins,
    success: 200,
    prepare: async (context) => ({
      params: { id: (await freshUser(context)).id },
      json: { version: 1, role: "reviewer" },
    }),
  },
  {
    operationId: "resetUserPassword",
    who: admins,
    success: 201,
    prepare: async (context) => ({ params: { id: (await freshUser(context)).id } }),
  },
  {
    operationId: "revokeUserTokens",
    who: admins,
    success: 200,
    prepare: async (context) => {
      const user = await freshUser(context);
      await createToken(context.tx, user.id);
      return { params: { id: user.id } };
    },
  },
  {
    operationId: "getUserActivity",
    who: admins,
    success: 200,
    prepare: ({ demo }) => ({ params: { id: demo.editor }, query: { limit: "5" } }),
  },
  { operationId: "listInvitations", who: admins, success: 200, prepare: () => ({}) },
  {
    operationId: "inviteUser",
    who: admins,
    success: 201,
    prepare: ({ unique }) => ({
      json: { email: `matrix-invited-${unique}@example.org`, name: `Invited ${unique}`, role: "reviewer" },
    }),
  },
  {
    operationId: "withdrawInvitation",
    who: admins,
    success: 204,
    prepare: async ({ tx, demo, unique }) => ({
      params: { id: (await createInvitation(tx, { unique, createdById: demo.admin })).id },
    }),
  },
];
