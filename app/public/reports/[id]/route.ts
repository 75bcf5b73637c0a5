import { publicReportResponse, renderPublicReport } from "@/lib/data/reports/public-report-page";

/** The latest published report. No sign-in; 404 when not published. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return publicReportResponse(await renderPublicReport((await params).id));
}
