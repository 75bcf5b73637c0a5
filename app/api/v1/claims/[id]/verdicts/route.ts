import { createVerdict } from "@/lib/data/verdicts/create-verdict";
import { getVerdictView } from "@/lib/data/verdicts/get-verdict-view";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { created } from "@/lib/http/responses";
import { createVerdictSchema } from "@/lib/schemas/verdict";

/** A new verdict on the claim: a draft, or submitted for review at once with `submit: true`; `basedOn` names the match it starts from. */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const { id } = await createVerdict(user, params.id, await readJson(request, createVerdictSchema));
  return created({ verdict: await getVerdictView(id) }, `/api/v1/verdicts/${id}`);
});
