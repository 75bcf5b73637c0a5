import { summarizeArticle } from "../../../../lib/review/article-summary";
import { REPORT_SCHEMA_VERSION, type ReportModel } from "../../../../lib/report/report-model";
import { editors, everyone } from "../access";
import { ARTICLE_TEXT, createArticle } from "../fixtures";
import type { Scenario } from "../types";

/** A published report with no claims, as publishing a fresh article would freeze it. */
function emptySnapshot(article: { id: string; title: string }, publishedAt: Date): ReportModel {
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
      text: ARTICLE_TEXT,
    },
    summary: summarizeArticle([]),
    ratings: [],
    claims: [],
  };
}

/** Reports: everyone signed in downloads them; editors and admins publish and take them down. */
export const reportRows: Scenario[] = [
  {
    operationId: "downloadReport",
    who: everyone,
    success: 200,
    prepare: ({ shared }) => ({ params: { id: shared.articleId }, query: { format: "json" } }),
  },
  {
    operationId: "publishReport",
    who: editors,
    success: 201,
    prepare: async ({ tx, demo, unique }) => ({
      params: { id: (await createArticle(tx, { editorId: demo.editor, unique })).id },
    }),
  },
  {
    operationId: "previewPublication",
    who: editors,
    success: 200,
    prepare: async ({ tx, demo, unique }) => ({
      params: { id: (await createArticle(tx, { editorId: demo.editor, unique })).id },
    }),
  },
  {
    operationId: "unpublishReport",
    who: editors,
    success: 204,
    prepare: async ({ tx, demo, unique }) => {
      const article = await createArticle(tx, { editorId: demo.editor, unique });
      const publishedAt = new Date();
      const snapshot = emptySnapshot({ id: article.id, title: `Matrix ${unique}` }, publishedAt);
      await tx.reportPublication.create({
        data: {
          articleId: article.id,
          version: 1,
          snapshot: JSON.stringify(snapshot),
          publishedById: demo.editor,
          publishedAt,
        },
      });
      return { params: { id: article.id } };
    },
  },
];
