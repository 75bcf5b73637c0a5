import { publishReport, unpublishReport } from "@/lib/data/reports/publications";
import { apiRoute } from "@/lib/http/api-route";
import { publicOrigin } from "@/lib/http/public-origin";
import { readPublishRequest } from "@/lib/publishing/read-publish-request";
import { created, noContent } from "@/lib/http/responses";

/** Publishes the report as a new frozen version (no body: claims not yet checked left out, no correction). */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const body = await readPublishRequest(request);
  const publication = await publishReport(user, params.id, publicOrigin(request), body);
  return created({ publication }, publication.url ?? `/api/v1/articles/${params.id}/publications`);
});

/** Takes the public report down. */
export const DELETE = apiRoute<{ id: string }>(async (_request, { params, user }) => {
  await unpublishReport(user, params.id);
  return noContent();
});
