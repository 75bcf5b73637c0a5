import { publicReportResponse, renderPublicReport } from "@/lib/data/reports/public-report-page";

/** One published version, marked as superseded when a newer one exists. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; version: string }> },
) {
  const { id, version } = await params;
  const number = Number(version);
  return publicReportResponse(
    Number.isInteger(number) && number > 0 ? await renderPublicReport(id, number) : null,
  );
}
