import { inviteUser } from "@/lib/data/users/invite-user";
import { listInvitations } from "@/lib/data/users/list-invitations";
import { apiRoute } from "@/lib/http/api-route";
import { publicOrigin } from "@/lib/http/public-origin";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { inviteUserSchema } from "@/lib/schemas/user";

/** Invitations not accepted or withdrawn. Admins only. */
export const GET = apiRoute(async (_request, { user }) => json({ invitations: await listInvitations(user) }));

/** `{ email, name, role }` → 201: the link to pass on, or null when it was emailed. Admins only. */
export const POST = apiRoute(async (request, { user }) => {
  const input = await readJson(request, inviteUserSchema);
  return json(await inviteUser(user, input, { origin: publicOrigin(request) }), 201);
});
