import { rejectSuggestion } from "@/lib/data/suggestions/reject-suggestion";
import { validationError } from "@/lib/errors/validation-error";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { rejectSuggestionSchema, sentenceNumberSchema } from "@/lib/schemas/suggestion";

/** An editor rejects suggested sentence `n`: `{ revision }`. */
export const POST = apiRoute<{ id: string; n: string }>(async (request, { params, user }) => {
  const n = sentenceNumberSchema.safeParse(params.n);
  if (!n.success) throw validationError(n.error);
  const input = await readJson(request, rejectSuggestionSchema);
  return json(await rejectSuggestion(user, params.id, n.data, input));
});
