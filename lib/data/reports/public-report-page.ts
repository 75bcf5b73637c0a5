import { renderPublicReportHtml } from "@/lib/report/render-public-report";
import { getPublishedReport } from "./publications";

/**
 * The public page of a published report: the frozen snapshot as a
 * self-contained HTML document with its ClaimReview JSON-LD embedded for
 * search engines. Older versions carry a "superseded" notice. Null (404)
 * when not published, so a draft's existence is never revealed.
 */
export async function renderPublicReport(articleId: string, version?: number): Promise<string | null> {
  const published = await getPublishedReport(articleId, version);
  if (!published) return null;
  const notice = published.superseded
    ? `<p role="note" style="background:#fef3c7;border:1px solid #d97706;padding:.6rem 1rem;margin:0">This is version ${published.version} of this report. It has been superseded by <a href="/public/reports/${encodeURIComponent(articleId)}">version ${published.latestVersion}</a>.</p>`
    : "";
  return renderPublicReportHtml(published.model, notice);
}

export const notFoundPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report not found</title></head><body style="font-family:system-ui,sans-serif;text-align:center;padding:4rem 1rem"><h1>Report not found</h1><p>There is no published fact-check report at this address.</p></body></html>`;

/** A public report page (or its 404) as an HTTP response. */
export function publicReportResponse(page: string | null): Response {
  return new Response(page ?? notFoundPage, {
    status: page ? 200 : 404,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
}
