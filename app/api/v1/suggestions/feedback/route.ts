import { exportFeedback } from "@/lib/data/suggestions/export-feedback";
import { apiRoute } from "@/lib/http/api-route";

/** Editors' accepted, marked and rejected sentences as the check-worthiness training TSV. */
export const GET = apiRoute(async (_request, { user }) => {
  const file = await exportFeedback(user);
  return new Response(file.tsv, {
    headers: {
      "Content-Type": "text/tab-separated-values; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
    },
  });
});
