import { searchArchive } from "@/lib/data/matches/search-archive";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/read-query";
import { json } from "@/lib/http/responses";
import { archiveSearchQuerySchema } from "@/lib/schemas/matches";

/** A reviewer's own search of the fact-check archive. */
export const GET = apiRoute(async (request) => {
  const { q, top } = readQuery(request, archiveSearchQuerySchema);
  return json({ matches: await searchArchive(q, top) });
});
