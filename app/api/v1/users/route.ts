import { createUser } from "@/lib/data/users/create-user";
import { listUsers } from "@/lib/data/users/list-users";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { created, json } from "@/lib/http/responses";
import { createUserSchema } from "@/lib/schemas/user";

/** The team and its open invitations. Admins only. */
export const GET = apiRoute(async (_request, { user }) => json(await listUsers(user)));

/** `{ email, name, role, password }` → 201 `{ user }`. Admins only. */
export const POST = apiRoute(async (request, { user }) => {
  const input = await readJson(request, createUserSchema);
  const account = await createUser(user, input);
  return created({ user: account }, `/api/v1/users/${account.id}`);
});
