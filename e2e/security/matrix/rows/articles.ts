import { editors, everyone, nobody } from "../access";
import { ARTICLE_TEXT, createArticle } from "../fixtures";
import type { Scenario } from "../types";

/** Articles, their text history and the import previews: editors and admins write, everyone reads. */
export const articleRows: Scenario[] = [
  {
    operationId: "assignArticle",
    who: editors,
    success: 200,
    prepare: async ({ tx, demo, unique }) => {
      const article = await createArticle(tx, { editorId: demo.editor, unique });
      return {
        params: { id: article.id },
        json: {
          updatedAt: article.updatedAt.toISOString(),
          leadEditorId: demo.editor,
          assigneeId: demo.reviewer,
          dueAt: "2030-01-31",
        },
      };
    },
  },
  { operationId: "listArticles", who: everyone, success: 200, prepare: () => ({ query: { limit: "5" } }) },
  {
    operationId: "createArticle",
    who: editors,
    success: 201,
    prepare: ({ unique }) => ({ json: { title: `Matrix ${unique}`, text: ARTICLE_TEXT } }),
  },
  {
    operationId: "getArticle",
    who: everyone,
    success: 200,
    prepare: ({ shared }) => ({ params: { id: shared.articleId } }),
  },
  {
    operationId: "updateArticle",
    name: "edit the details",
    who: editors,
    success: 200,
    prepare: async ({ tx, demo, unique }) => {
      const article = await createArticle(tx, { editorId: demo.editor, unique });
      return {
        params: { id: article.id },
        json: { title: `Matrix ${unique} (edited)`, updatedAt: article.updatedAt.toISOString() },
      };
    },
  },
  {
    operationId: "updateArticle",
    name: "revise the text",
    who: editors,
    success: 200,
    prepare: async ({ tx, demo, unique }) => {
      const article = await createArticle(tx, { editorId: demo.editor, claims: 2, unique });
      return {
        params: { id: article.id },
        json: { text: `${ARTICLE_TEXT}\n\nA paragraph added later.`, baseRevision: 1 },
      };
    },
  },
  {
    operationId: "deleteArticle",
    who: editors,
    success: 204,
    prepare: async ({ tx, demo, unique }) => ({
      params: { id: (await createArticle(tx, { editorId: demo.editor, claims: 1, unique })).id },
    }),
  },
  {
    operationId: "listRevisions",
    who: everyone,
    success: 200,
    prepare: ({ shared }) => ({ params: { id: shared.articleId } }),
  },
  {
    operationId: "getRevision",
    who: everyone,
    success: 200,
    prepare: ({ shared }) => ({ params: { id: shared.articleId, number: "1" } }),
  },
  {
    operationId: "previewImport",
    who: editors,
    success: 200,
    prepare: () => ({ json: { kind: "text", text: ARTICLE_TEXT } }),
  },
  {
    operationId: "previewUpload",
    who: editors,
    success: 200,
    prepare: () => ({
      query: { filename: "matrix.txt" },
      raw: { contentType: "text/plain", body: ARTICLE_TEXT },
    }),
  },
  {
    // The live feed is a stream that stays open, so the matrix asks for an
    // article that does not exist: every caller who may follow changes gets
    // the 404 (anyone else 401) and nothing hangs. The open stream itself, and
    // what it filters, are tested in e2e/live and lib/live.
    operationId: "followLiveChanges",
    name: "an article that does not exist",
    who: nobody,
    refused: 404,
    success: 200,
    prepare: () => ({ query: { articleId: "no-such-article" } }),
  },
];
