import { acceptInvitation } from "@/lib/data/users/accept-invitation";
import { publicApiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { acceptInvitationSchema } from "@/lib/schemas/user";

/**
 * Public (the proxy lets /api/v1/account-links/ through): `{ token, name,
 * password }` → 201 `{ user }`. The secret travels in the body, never in
 * the URL. Every unusable link gets the same 404, so nothing here tells
 * which emails have accounts.
 */
export const POST = publicApiRoute(async (request) =>
  json(await acceptInvitation(await readJson(request, acceptInvitationSchema)), 201),
);
