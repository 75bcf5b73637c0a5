import { summarizeArticle } from "../../lib/review/article-summary";
import { REPORT_SCHEMA_VERSION, type ReportModel } from "../../lib/report/report-model";

/**
 * A published report with no claims, as publishing a fresh article would
 * freeze it. Fixtures that write a ReportPublication directly store this, so
 * the public pages and feeds that list every publication can read it.
 */
export function emptySnapshot(
  article: { id: string; title: string; text: string },
  publishedAt: Date,
): ReportModel {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: publishedAt.toISOString(),
    publication: { version: 1, publishedAt: publishedAt.toISOString() },
    organization: { name: "Newsroom Fact Check", url: null },
    reportUrl: null,
    article: {
      id: article.id,
      title: article.title,
      byline: null,
      dateline: null,
      publishedAt: null,
      sourceUrl: null,
      revision: 1,
      text: article.text,
    },
    summary: summarizeArticle([]),
    ratings: [],
    claims: [],
  };
}
