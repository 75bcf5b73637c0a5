import { getUser } from "@/lib/data/users/get-user";
import { updateUser } from "@/lib/data/users/update-user";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { updateUserSchema } from "@/lib/schemas/user";

/** One account. Admins only. */
export const GET = apiRoute<{ id: string }>(async (_request, { params, user }) =>
  json({ user: await getUser(user, params.id) }),
);

/** `{ version, role?, name?, active? }`: a role change or deactivation signs the user out everywhere. */
export const PATCH = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const input = await readJson(request, updateUserSchema);
  return json({ user: await updateUser(user, params.id, input) });
});
