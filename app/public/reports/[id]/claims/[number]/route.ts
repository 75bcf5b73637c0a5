import {
  publicReportResponse,
  renderPublicClaimCard,
  toPositiveInteger,
} from "@/lib/data/reports/public-report-page";
import { publicOrigin } from "@/lib/http/public-origin";

/** One checked claim's verdict card, for embedding. 404 for an unknown claim or one not checked yet. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const claimNumber = toPositiveInteger(number);
  return publicReportResponse(
    claimNumber === null ? null : await renderPublicClaimCard(id, claimNumber, publicOrigin(request)),
  );
}
