import { assertBrowserSession, changeOwnPassword } from "@/lib/data/users/change-own-password";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { changeOwnPasswordSchema } from "@/lib/schemas/account";

/** `{ currentPassword, newPassword }` → `{ endedSessions }`. Browser session only; other sessions end. */
export const POST = apiRoute(async (request, caller) => {
  // Before the body is read: a token caller gets 403 whatever it sends.
  assertBrowserSession(caller);
  const input = await readJson(request, changeOwnPasswordSchema);
  return json(await changeOwnPassword(caller, input));
});
