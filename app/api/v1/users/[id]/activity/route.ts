import { listUserActivity } from "@/lib/data/users/list-user-activity";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/read-query";
import { json } from "@/lib/http/responses";
import { userActivityQuerySchema } from "@/lib/schemas/user";

/** The user's recent audit events, newest first, one sentence each. Admins only. */
export const GET = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const query = readQuery(request, userActivityQuerySchema);
  return json({ events: await listUserActivity(user, params.id, query) });
});
