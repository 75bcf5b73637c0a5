import { dismissMatch } from "@/lib/data/matches/dismiss-match";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { dismissMatchSchema } from "@/lib/schemas/matches";

/** A reviewer dismisses a match as unrelated: `{ entryId }`. */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const { entryId } = await readJson(request, dismissMatchSchema);
  return json({ dismissal: await dismissMatch(user, params.id, entryId) }, 201);
});
