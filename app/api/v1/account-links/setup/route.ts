import { completeSetup } from "@/lib/data/users/complete-setup";
import { publicApiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { completeSetupSchema } from "@/lib/schemas/setup";

/**
 * `{ token, email, name, password }` → 201 `{ user }`: the first admin.
 * Public: the setup link's secret (from the server log) is the proof, sent
 * in the body so it never lands in a log of API URLs.
 */
export const POST = publicApiRoute(async (request) =>
  json(await completeSetup(await readJson(request, completeSetupSchema)), 201),
);
