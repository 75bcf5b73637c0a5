import { submitVerdict } from "@/lib/data/verdicts/submit-verdict";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { noContent } from "@/lib/http/responses";
import { submitVerdictSchema } from "@/lib/schemas/verdict";

/** Submits a draft for review: `{ baseVersion }`. */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  await submitVerdict(user, params.id, await readJson(request, submitVerdictSchema));
  return noContent();
});
