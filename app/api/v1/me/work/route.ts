import { getMyWork } from "@/lib/data/queues/get-my-work";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/read-query";
import { json } from "@/lib/http/responses";
import { myWorkQuerySchema } from "@/lib/schemas/my-work";

/** The caller's "My work" queues, as the app's My work page shows them. */
export const GET = apiRoute(async (request, { user }) => {
  const { limit } = readQuery(request, myWorkQuerySchema);
  return json(await getMyWork({ user, limit }));
});
