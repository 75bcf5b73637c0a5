import { previewUpload } from "@/lib/data/imports/preview-import";
import { apiRoute } from "@/lib/http/api-route";
import { readUpload } from "@/lib/http/read-upload";
import { json } from "@/lib/http/responses";

/** Extracts an uploaded file (the raw body; `?filename=`) for review; stores nothing. */
export const POST = apiRoute(async (request, { user }) => {
  return json({ preview: await previewUpload(user, await readUpload(request)) });
});
