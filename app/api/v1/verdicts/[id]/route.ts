import { getVerdictView } from "@/lib/data/verdicts/get-verdict-view";
import { reviseVerdict } from "@/lib/data/verdicts/revise-verdict";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { reviseVerdictSchema } from "@/lib/schemas/verdict";

/** The verdict with every revision, its sources and reviews. */
export const GET = apiRoute<{ id: string }>(async (_request, { params }) =>
  json({ verdict: await getVerdictView(params.id) }),
);

/** A new revision (or, for a never-submitted draft, a rewrite), from `baseVersion`. */
export const PATCH = apiRoute<{ id: string }>(async (request, { params, user }) => {
  await reviseVerdict(user, params.id, await readJson(request, reviseVerdictSchema));
  return json({ verdict: await getVerdictView(params.id) });
});
