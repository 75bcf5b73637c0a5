import { setupCompletedResponse } from "@/lib/api/schemas/setup";
import { completeSetupSchema } from "@/lib/schemas/setup";
import type { ApiOperation } from "../operation";

/** The first admin of a fresh deployment, through the setup link the server printed at start. */
export const setupOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/account-links/setup",
    operationId: "completeSetup",
    tag: "Your account",
    summary: "Create the first admin with the setup link",
    description:
      "Public, and only while the database has no user at all: a server that starts without any account " +
      "prints a setup link (`/setup#{secret}`, valid 24 hours) to its log. Send that secret as `token`, " +
      "with the admin's email, name and password (strong enough, or 422 with `fields.password`). Creates " +
      "the admin and uses up every setup link. A used, expired or unknown code answers 404; once any " +
      "account exists, 409.",
    allowed: "anyone holding a setup link, while no account exists",
    public: true,
    body: completeSetupSchema,
    responses: { 201: { description: "The first admin was created.", schema: setupCompletedResponse } },
    errors: [400, 404, 409, 413, 415, 422],
  },
];
