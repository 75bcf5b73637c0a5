import { buildReportModel } from "@/lib/data/reports/build-report-model";
import { exportReport, reportFormatSchema } from "@/lib/data/reports/export-report";
import { validationError } from "@/lib/errors/validation-error";
import { apiRoute } from "@/lib/http/api-route";

/** `?format=html|pdf|md|json|csv|claimreview|w3c&pending=hide`: the report as a download. */
export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const url = new URL(request.url);
  const format = reportFormatSchema.safeParse(url.searchParams.get("format") ?? "html");
  if (!format.success) throw validationError(format.error);
  const model = await buildReportModel(params.id, { audience: "internal", reportUrl: null });
  const file = await exportReport(model, format.data, {
    includePending: url.searchParams.get("pending") !== "hide",
    baseUrl: url.origin,
  });
  return new Response(new Uint8Array(Buffer.from(file.body)), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
    },
  });
});
