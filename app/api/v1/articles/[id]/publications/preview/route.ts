import { previewPublicReport } from "@/lib/data/reports/public-report-page";
import { apiRoute } from "@/lib/http/api-route";
import { publicOrigin } from "@/lib/http/public-origin";
import { readPublishRequest } from "@/lib/publishing/read-publish-request";
import { json } from "@/lib/http/responses";

/** The public report page that publishing with these choices would serve; nothing is written. */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const body = await readPublishRequest(request);
  const preview = await previewPublicReport(user, params.id, publicOrigin(request), {
    includePending: body.includePending ?? false,
    correction: body.correction ?? null,
  });
  return json({ preview });
});
