import { getArticleAgreement } from "@/lib/data/agreement/get-article-agreement";
import { renderPdf } from "@/lib/report-pdf/render-pdf";
import { renderClaimReviews } from "@/lib/report/render-claimreview";
import { renderReportCsv } from "@/lib/report/render-csv";
import { renderReportHtml } from "@/lib/report/render-html";
import { renderReportJson } from "@/lib/report/render-json";
import { REPORT_SCHEMA_PATH } from "@/lib/report/report-json-schema";
import { renderReportMarkdown } from "@/lib/report/render-markdown-report";
import { renderW3cAnnotations, W3C_ANNOTATION_MEDIA_TYPE } from "@/lib/report/render-w3c";
import type { ReportModel } from "@/lib/report/report-model";
import { withAbsoluteBasisUrls } from "@/lib/report/verdict-basis";
import type { ReportFormat } from "@/lib/schemas/report";
import { publishedClaims } from "./public-annotations";

export { reportFormats, reportFormatSchema, type ReportFormat } from "@/lib/schemas/report";

export interface ExportedReport {
  body: string | Buffer;
  contentType: string;
  filename: string;
}

const extension: Record<ReportFormat, string> = {
  html: "html",
  pdf: "pdf",
  md: "md",
  json: "json",
  csv: "csv",
  claimreview: "claimreview.jsonld",
  w3c: "annotations.jsonld",
};

/** A file name from the article title: lowercase words joined by dashes. */
function slugOf(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "report"
  );
}

export interface ExportOptions {
  includePending: boolean;
  baseUrl: string;
  /** CSV only: start with a UTF-8 byte-order mark. */
  byteOrderMark?: boolean;
  /** Markdown only: start with a YAML front-matter block. */
  frontMatter?: boolean;
}

/** The report in one format, with its media type and a download file name. */
export async function exportReport(
  report: ReportModel,
  format: ReportFormat,
  options: ExportOptions,
): Promise<ExportedReport> {
  // A downloaded file is read away from the app: a "based on" link to the newsroom's own report must be absolute.
  const model = withAbsoluteBasisUrls(report, options.baseUrl);
  const filename = `fact-check-${slugOf(model.article.title)}.${extension[format]}`;
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  switch (format) {
    case "html":
      return {
        body: renderReportHtml(model, { includePending: options.includePending }),
        contentType: "text/html; charset=utf-8",
        filename,
      };
    case "pdf": {
      const html = renderReportHtml(model, { includePending: options.includePending });
      return {
        body: await renderPdf(html, `Fact check: ${model.article.title}`),
        contentType: "application/pdf",
        filename,
      };
    }
    case "md":
      return {
        body: renderReportMarkdown(model, {
          includePending: options.includePending,
          frontMatter: options.frontMatter,
        }),
        contentType: "text/markdown; charset=utf-8",
        filename,
      };
    case "json":
      return {
        body: json(
          renderReportJson(model, {
            includePending: options.includePending,
            schemaUrl: `${options.baseUrl}${REPORT_SCHEMA_PATH}`,
            agreement: await getArticleAgreement(model.article.id),
          }),
        ),
        contentType: "application/json; charset=utf-8",
        filename,
      };
    case "csv":
      return {
        body: renderReportCsv(model, {
          includePending: options.includePending,
          byteOrderMark: options.byteOrderMark,
        }),
        contentType: "text/csv; charset=utf-8",
        filename,
      };
    case "claimreview":
      return {
        body: json(renderClaimReviews(model).jsonLd),
        contentType: "application/ld+json; charset=utf-8",
        filename,
      };
    case "w3c":
      return {
        body: json(
          renderW3cAnnotations(model, {
            baseUrl: options.baseUrl,
            includePending: options.includePending,
            // A published claim's id is its public, dereferenceable address.
            published: model.publication
              ? await publishedClaims(model.article.id, options.baseUrl)
              : undefined,
          }),
        ),
        contentType: W3C_ANNOTATION_MEDIA_TYPE,
        filename,
      };
  }
}
