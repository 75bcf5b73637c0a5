import { createArticle } from "@/lib/data/articles/create-article";
import { createArticleFromUrl } from "@/lib/data/articles/create-article-from-url";
import { getArticle } from "@/lib/data/articles/get-article";
import { listArticlesPage } from "@/lib/data/articles/list-articles-page";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { readQuery } from "@/lib/http/read-query";
import { created, json } from "@/lib/http/responses";
import { listArticlesQuerySchema, newArticleSchema } from "@/lib/schemas/article";

/** One page of articles: `?q=&status=&published=&createdFrom=&createdTo=&assignee=&leadEditor=&sort=&cursor=&limit=`. */
export const GET = apiRoute(async (request, { user }) => {
  return json(await listArticlesPage(user, readQuery(request, listArticlesQuerySchema)));
});

/** Creates an article from `{ title, text, … }`, or from `{ url }` fetched and extracted like the import page. */
export const POST = apiRoute(async (request, { user }) => {
  const input = await readJson(request, newArticleSchema);
  const { id } =
    "url" in input
      ? await createArticleFromUrl(user, input, request.signal)
      : await createArticle(user, input);
  return created({ article: await getArticle(user, id) }, `/api/v1/articles/${id}`);
});
