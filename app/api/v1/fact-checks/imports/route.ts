import { importFactChecks } from "@/lib/data/archive/import-fact-checks";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { importFactChecksSchema } from "@/lib/schemas/fact-check-import";

/** An admin imports published ClaimReviews: `{ json }` (the JSON-LD or feed itself) or `{ url }` to fetch. */
export const POST = apiRoute(async (request, { user }) => {
  const input = await readJson(request, importFactChecksSchema);
  return json(await importFactChecks(user, input, { signal: request.signal }));
});
