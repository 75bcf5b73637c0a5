import { commenters, editors, everyone, reviewers } from "../access";
import { ARTICLE_TEXT, createArticle } from "../fixtures";
import type { PrepareContext, Scenario } from "../types";

/** A fresh claim (no verdicts) on a fresh article. */
async function freshClaim({ tx, demo, unique }: PrepareContext): Promise<string> {
  const article = await createArticle(tx, { editorId: demo.editor, claims: 1, unique });
  return article.claimIds[0]!;
}

const annotation = {
  "@context": "http://www.w3.org/ns/anno.jsonld",
  type: "Annotation",
  body: { type: "TextualBody", value: "Unemployment fell to 4 percent.", purpose: "describing" },
  target: {
    source: "https://news.example.org/matrix",
    selector: { type: "TextQuoteSelector", exact: "Unemployment fell to 4 percent" },
  },
};

/** Marking, editing, dismissing, assigning and discussing claims. */
export const claimRows: Scenario[] = [
  {
    operationId: "assignClaim",
    who: editors,
    success: 200,
    prepare: async (context) => ({
      params: { id: await freshClaim(context) },
      json: { version: 1, assigneeId: context.demo.reviewer, dueAt: "2030-01-31" },
    }),
  },
  {
    operationId: "takeClaim",
    who: reviewers,
    success: 200,
    prepare: async (context) => ({ params: { id: await freshClaim(context) }, json: {} }),
  },
  {
    operationId: "listClaims",
    who: everyone,
    success: 200,
    prepare: ({ shared }) => ({ params: { id: shared.articleId } }),
  },
  {
    operationId: "createClaim",
    who: editors,
    success: 201,
    prepare: async ({ tx, demo, unique }) => ({
      params: { id: (await createArticle(tx, { editorId: demo.editor, unique })).id },
      json: { selector: { exact: "built 300 new homes" }, type: "statistic" },
    }),
  },
  {
    operationId: "getClaim",
    who: everyone,
    success: 200,
    prepare: ({ shared }) => ({ params: { id: shared.claimId } }),
  },
  {
    operationId: "updateClaim",
    name: "edit the statement",
    who: editors,
    success: 200,
    prepare: async (context) => ({
      params: { id: await freshClaim(context) },
      json: { version: 1, statement: "The council built 300 homes in 2025." },
    }),
  },
  {
    operationId: "updateClaim",
    name: "dismiss it",
    who: editors,
    success: 200,
    prepare: async (context) => ({
      params: { id: await freshClaim(context) },
      json: { version: 1, dismissal: { dismissed: true, reason: "Not check-worthy." } },
    }),
  },
  {
    operationId: "deleteClaim",
    who: editors,
    success: 204,
    prepare: async (context) => ({ params: { id: await freshClaim(context) } }),
  },
  {
    operationId: "importAnnotations",
    who: editors,
    success: 201,
    prepare: async ({ tx, demo, unique }) => ({
      params: { id: (await createArticle(tx, { editorId: demo.editor, unique })).id },
      json: annotation,
    }),
  },
  {
    operationId: "addComment",
    who: commenters,
    success: 201,
    prepare: async (context) => ({
      params: { id: await freshClaim(context) },
      json: { body: `Checked against the council minutes (${ARTICLE_TEXT.length} characters).` },
    }),
  },
];
