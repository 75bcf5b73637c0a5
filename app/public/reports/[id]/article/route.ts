import { publicReportResponse, renderPublicArticle } from "@/lib/data/reports/public-report-page";
import { publicOrigin } from "@/lib/http/public-origin";

/** The latest published article with its checked claims highlighted. No sign-in; 404 when not published. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return publicReportResponse(await renderPublicArticle((await params).id, publicOrigin(request)));
}
