import { resolveDispute } from "@/lib/data/verdicts/resolve-dispute";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { noContent } from "@/lib/http/responses";
import { resolveDisputeSchema } from "@/lib/schemas/verdict";

/** Resolves a dispute: `{ keepVerdictId, reason }`; the other verdicts are closed. */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  await resolveDispute(user, params.id, await readJson(request, resolveDisputeSchema));
  return noContent();
});
