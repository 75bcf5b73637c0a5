import { emptySnapshot } from "../../../support/published-snapshot";
import { editors, everyone } from "../access";
import { ARTICLE_TEXT, createArticle } from "../fixtures";
import type { Scenario } from "../types";

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
      const snapshot = emptySnapshot(
        { id: article.id, title: `Matrix ${unique}`, text: ARTICLE_TEXT },
        publishedAt,
      );
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
