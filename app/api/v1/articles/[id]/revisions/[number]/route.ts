import { getArticleRevision } from "@/lib/data/articles/article-revisions-resource";
import { validationError } from "@/lib/errors/validation-error";
import { apiRoute } from "@/lib/http/api-route";
import { json } from "@/lib/http/responses";
import { revisionNumberSchema } from "@/lib/schemas/article";

/** One revision with its full text. */
export const GET = apiRoute<{ id: string; number: string }>(async (_request, { params }) => {
  const number = revisionNumberSchema.safeParse(params.number);
  if (!number.success) throw validationError(number.error);
  return json(await getArticleRevision(params.id, number.data));
});
