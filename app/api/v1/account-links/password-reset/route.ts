import { completePasswordReset } from "@/lib/data/users/complete-password-reset";
import { publicApiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { completePasswordResetSchema } from "@/lib/schemas/account";

/**
 * `{ token, password }` → `{ user: { id, email } }`. Public: the single-use
 * link's secret is the proof, sent in the body so it never lands in a log
 * of API URLs.
 */
export const POST = publicApiRoute(async (request) =>
  json(await completePasswordReset(await readJson(request, completePasswordResetSchema))),
);
