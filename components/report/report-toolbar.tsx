import Link from "next/link";
import type { ReportFormat } from "@/lib/data/reports/export-report";

const labels: Record<ReportFormat, string> = {
  html: "HTML",
  pdf: "PDF",
  md: "Markdown",
  json: "JSON",
  csv: "CSV",
  claimreview: "ClaimReview (JSON-LD)",
  w3c: "W3C Web Annotation",
};

/**
 * Download links, one URL per format, and the switch for the not-yet-checked
 * section. The CSV link asks for a byte-order mark: most people open it in
 * Excel, which otherwise garbles accented and CJK text.
 */
export function ReportToolbar({ articleId, includePending }: { articleId: string; includePending: boolean }) {
  const pending = includePending ? "" : "&pending=hide";
  return (
    <div className="space-y-2">
      <nav aria-label="Download the report">
        <ul className="flex flex-wrap gap-2 text-sm">
          {(Object.keys(labels) as ReportFormat[]).map((format) => (
            <li key={format}>
              <a
                href={`/api/v1/articles/${articleId}/report?format=${format}${pending}${format === "csv" ? "&bom=1" : ""}`}
                className="inline-block rounded border border-stone-300 bg-white px-2.5 py-1 font-medium hover:bg-stone-100"
                download
              >
                Download {labels[format]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-sm">
        <Link
          href={`/articles/${articleId}/report${includePending ? "?pending=hide" : ""}`}
          className="underline underline-offset-2"
        >
          {includePending ? "Hide claims not yet checked" : "Show claims not yet checked"}
        </Link>
      </p>
    </div>
  );
}
