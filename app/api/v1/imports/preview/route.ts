import { previewImport } from "@/lib/data/imports/preview-import";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { importPreviewSchema } from "@/lib/schemas/article";

/** Extracts pasted text or a fetched URL for review; stores nothing. Cancelling the request cancels the fetch. */
export const POST = apiRoute(async (request, { user }) => {
  return json({
    preview: await previewImport(user, await readJson(request, importPreviewSchema), request.signal),
  });
});
