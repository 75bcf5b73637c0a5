import { publicReportResponse, renderPublicReport } from "@/lib/data/reports/public-report-page";
import { publicOrigin } from "@/lib/http/public-origin";

/** The latest published report. No sign-in; 404 when not published. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return publicReportResponse(await renderPublicReport((await params).id, publicOrigin(request)));
}
