import { anyone, everyone, type Access } from "../access";
import { createAccountLink, createInvitation, createUser } from "../fixtures";
import type { Scenario } from "../types";
import { strongPassword } from "./accounts";

/** Public, but refused for everyone while the database has accounts, as the e2e one always does. */
const setupWhileAccountsExist: Access = {
  says: "anyone holding a setup link, while no account exists (here: never)",
  public: true,
  allows: () => false,
};

/**
 * Your own account (every signed-in user; the password by browser session
 * only), and the public single-use links: the link is the proof, so who
 * calls never matters.
 */
export const selfServiceRows: Scenario[] = [
  {
    operationId: "changeOwnPassword",
    who: everyone,
    sessionOnly: true,
    ownAccount: true,
    success: 200,
    prepare: ({ shared }) => ({ json: { currentPassword: shared.password, newPassword: strongPassword() } }),
  },
  { operationId: "signOutEverywhere", who: everyone, ownAccount: true, success: 204, prepare: () => ({}) },
  {
    operationId: "acceptInvitation",
    who: anyone,
    success: 201,
    prepare: async ({ tx, demo, unique }) => {
      const link = await createInvitation(tx, { unique, createdById: demo.admin });
      return { json: { token: link.secret, name: `Joined ${unique}`, password: strongPassword() } };
    },
  },
  {
    operationId: "completePasswordReset",
    who: anyone,
    success: 200,
    prepare: async ({ tx, shared, demo, unique }) => {
      const user = await createUser(tx, { role: "editor", passwordHash: shared.passwordHash, unique });
      const link = await createAccountLink(tx, {
        purpose: "password_reset",
        userId: user.id,
        email: user.email,
        createdById: demo.admin,
      });
      return { json: { token: link.secret, password: strongPassword() } };
    },
  },
  {
    operationId: "completeSetup",
    name: "a usable setup link, while accounts exist",
    who: setupWhileAccountsExist,
    refused: 409,
    success: 201,
    prepare: async ({ tx, unique }) => {
      const link = await createAccountLink(tx, { purpose: "setup" });
      return {
        json: {
          token: link.secret,
          email: `matrix-setup-${unique}@example.org`,
          name: `Setup ${unique}`,
          password: strongPassword(),
        },
      };
    },
  },
];
