import { editors, everyone } from "../access";
import { createArticle } from "../fixtures";
import type { Scenario } from "../types";

/**
 * Suggested claims: everyone reads the scored sentences; editors and admins
 * reject them, accept them in bulk and export the choices as training data.
 */
export const suggestionRows: Scenario[] = [
  {
    operationId: "listSuggestions",
    who: everyone,
    success: 200,
    prepare: ({ shared }) => ({ params: { id: shared.articleId } }),
  },
  {
    operationId: "rejectSuggestion",
    who: editors,
    success: 200,
    prepare: async ({ tx, demo, unique }) => ({
      params: { id: (await createArticle(tx, { editorId: demo.editor, unique })).id, n: "1" },
      json: { revision: 1 },
    }),
  },
  {
    operationId: "acceptSuggestions",
    who: editors,
    success: 200,
    prepare: async ({ tx, demo, unique }) => ({
      params: { id: (await createArticle(tx, { editorId: demo.editor, unique })).id },
      json: { revision: 1, minScore: 0 },
    }),
  },
  {
    operationId: "exportSuggestionFeedback",
    who: editors,
    success: 200,
    prepare: () => ({}),
  },
];
