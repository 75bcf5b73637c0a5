import { createVerdict } from "@/lib/data/verdicts/create-verdict";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { created } from "@/lib/http/responses";
import { verdictContentSchema } from "@/lib/schemas/verdict";

export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const input = await readJson(request, verdictContentSchema);
  const verdict = await createVerdict(user, params.id, input);
  return created({ verdict }, `/api/v1/verdicts/${verdict.id}`);
});
