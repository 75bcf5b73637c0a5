import { createArticle } from "@/lib/data/articles/create-article";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { created } from "@/lib/http/responses";
import { createArticleSchema } from "@/lib/schemas/article";

/** Creates an article from `{ title, text, byline?, dateline?, publishedAt?, sourceUrl?, allowDuplicate? }`. */
export const POST = apiRoute(async (request, { user }) => {
  const article = await createArticle(user, await readJson(request, createArticleSchema));
  return created({ article }, `/api/v1/articles/${article.id}`);
});
