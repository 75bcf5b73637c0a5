import type { ReportFormat } from "@/lib/data/reports/export-report";

/** The formats most people want, shown as buttons; the rest follow as a compact list. */
const primary: Array<{ format: ReportFormat; label: string }> = [
  { format: "pdf", label: "PDF" },
  { format: "html", label: "HTML" },
];

const others: Array<{ format: ReportFormat; label: string; note: string }> = [
  { format: "md", label: "Markdown", note: "for editing" },
  { format: "csv", label: "CSV", note: "one row per claim, opens in Excel" },
  { format: "json", label: "JSON", note: "the whole report as data" },
  { format: "claimreview", label: "ClaimReview (JSON-LD)", note: "for search engines" },
  { format: "w3c", label: "W3C Web Annotation", note: "for annotation tools" },
];

/**
 * Every download in one section, one URL per format, following the page's
 * choice about claims not yet checked. The CSV link asks for a byte-order
 * mark: most people open it in Excel, which otherwise garbles accented and
 * CJK text.
 */
export function ReportDownloads({
  articleId,
  includePending,
}: {
  articleId: string;
  includePending: boolean;
}) {
  const href = (format: ReportFormat) =>
    `/api/v1/articles/${articleId}/report?format=${format}${includePending ? "" : "&pending=hide"}${format === "csv" ? "&bom=1" : ""}`;
  return (
    <section aria-labelledby="download-heading" className="space-y-3" data-testid="report-downloads">
      <h2 id="download-heading" className="text-lg font-semibold">
        Download
      </h2>
      <ul className="flex flex-wrap gap-2">
        {primary.map(({ format, label }) => (
          <li key={format}>
            <a
              href={href(format)}
              download
              className="inline-block rounded bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
            >
              Download {label}
            </a>
          </li>
        ))}
      </ul>
      <ul className="space-y-1 text-sm" aria-label="Other formats">
        {others.map(({ format, label, note }) => (
          <li key={format}>
            <a href={href(format)} download className="font-medium underline underline-offset-2">
              <span className="sr-only">Download </span>
              {label}
            </a>{" "}
            <span className="text-stone-700">({note})</span>
          </li>
        ))}
      </ul>
      <p className="text-xs text-stone-700">
        {includePending
          ? "Downloads include the claims not yet checked, as this page does."
          : "Downloads leave out the claims not yet checked, as this page does."}
      </p>
    </section>
  );
}
