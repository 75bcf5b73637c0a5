import { reviseArticleText } from "@/lib/data/articles/revise-article-text";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { reviseArticleTextSchema } from "@/lib/schemas/article";

/** A new text revision ({ text, baseRevision, note? }); answers with the re-anchoring outcome. */
export const PATCH = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const input = await readJson(request, reviseArticleTextSchema);
  return json({ outcome: await reviseArticleText(user, params.id, input) });
});
