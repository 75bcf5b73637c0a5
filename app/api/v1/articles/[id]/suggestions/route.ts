import { listSuggestions } from "@/lib/data/suggestions/list-suggestions";
import { apiRoute } from "@/lib/http/api-route";
import { json } from "@/lib/http/responses";

/** Every sentence of the current text with its check-worthiness. */
export const GET = apiRoute<{ id: string }>(async (_request, { params, user }) =>
  json(await listSuggestions(user, params.id)),
);
