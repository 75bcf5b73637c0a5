import { listArticleRevisions } from "@/lib/data/articles/article-revisions-resource";
import { apiRoute } from "@/lib/http/api-route";
import { json } from "@/lib/http/responses";

/** The article's text history, newest first. */
export const GET = apiRoute<{ id: string }>(async (_request, { params }) =>
  json(await listArticleRevisions(params.id)),
);
