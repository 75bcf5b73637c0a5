import { reviseVerdict } from "@/lib/data/verdicts/revise-verdict";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { reviseVerdictSchema } from "@/lib/schemas/verdict";

/** A new revision (or, for a never-submitted draft, a rewrite), from `baseVersion`. */
export const PATCH = apiRoute<{ id: string }>(async (request, { params, user }) => {
  return json({
    verdict: await reviseVerdict(user, params.id, await readJson(request, reviseVerdictSchema)),
  });
});
