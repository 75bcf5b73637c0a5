import { acceptSuggestions } from "@/lib/data/suggestions/accept-suggestions";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { acceptSuggestionsSchema } from "@/lib/schemas/suggestion";

/** An editor accepts every open suggestion scoring at least `minScore`: `{ revision, minScore }`. */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const input = await readJson(request, acceptSuggestionsSchema);
  return json(await acceptSuggestions(user, params.id, input));
});
