import { buildReportModel } from "@/lib/data/reports/build-report-model";
import { exportReport } from "@/lib/data/reports/export-report";
import { publicationReference } from "@/lib/data/reports/publications";
import { apiRoute } from "@/lib/http/api-route";
import { publicOrigin } from "@/lib/http/public-origin";
import { readQuery } from "@/lib/http/read-query";
import { reportQuerySchema } from "@/lib/schemas/report";

/** `?format=html|pdf|md|json|csv|claimreview|w3c&pending=hide&bom=1&frontMatter=1`: the report as a download, naming its live publication if any. */
export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const query = readQuery(request, reportQuerySchema);
  const origin = publicOrigin(request);
  const model = await buildReportModel(params.id, {
    audience: "internal",
    ...(await publicationReference(params.id, origin)),
  });
  const file = await exportReport(model, query.format, {
    includePending: query.pending !== "hide",
    baseUrl: origin,
    byteOrderMark: query.bom === "1",
    frontMatter: query.frontMatter === "1",
  });
  return new Response(new Uint8Array(Buffer.from(file.body)), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
    },
  });
});
