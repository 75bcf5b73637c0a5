import {
  publicReportResponse,
  renderPublicArticle,
  toPositiveInteger,
} from "@/lib/data/reports/public-report-page";
import { publicOrigin } from "@/lib/http/public-origin";

/** The annotated article of one published version, marked as superseded when a newer one exists. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; version: string }> },
) {
  const { id, version } = await params;
  const number = toPositiveInteger(version);
  return publicReportResponse(
    number === null ? null : await renderPublicArticle(id, publicOrigin(request), number),
  );
}
