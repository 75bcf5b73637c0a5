import { account, admins, editors, either, everyone, except, nobody, reviewers } from "../access";
import { SOURCE, addRevision, createArticle, createVerdict } from "../fixtures";
import type { PrepareContext, Scenario } from "../types";

/** A fresh claim with one verdict, submitted or a draft, by Rita (the demo reviewer) unless `authorId` says. */
async function freshVerdict(
  context: PrepareContext,
  { submitted = true, authorId = context.demo.reviewer } = {},
) {
  const { tx, demo, shared, unique } = context;
  const article = await createArticle(tx, { editorId: demo.editor, claims: 1, unique });
  const claimId = article.claimIds[0]!;
  const verdict = await createVerdict(tx, { claimId, authorId, ratingId: shared.ratings.true!, submitted });
  return { claimId, verdictId: verdict.id };
}

const content = {
  rating: "mostly-true",
  summary: "The council built 297 homes, close to the 300 claimed.",
  rationale: "The housing report lists **297** completions.",
  sources: [SOURCE],
};

/**
 * Verdicts and reviews: reviewers and admins write verdicts; only the author
 * (or an admin) changes one; nobody reviews a verdict they wrote any revision of.
 */
export const verdictRows: Scenario[] = [
  {
    operationId: "createVerdict",
    who: reviewers,
    success: 201,
    prepare: async ({ tx, demo, unique }) => ({
      params: { id: (await createArticle(tx, { editorId: demo.editor, claims: 1, unique })).claimIds[0]! },
      json: { ...content, submit: true },
    }),
  },
  {
    operationId: "getVerdict",
    who: everyone,
    success: 200,
    prepare: ({ shared }) => ({ params: { id: shared.verdictId } }),
  },
  {
    operationId: "reviseVerdict",
    name: "Rita's submitted verdict",
    who: either(account("reviewer"), admins),
    success: 200,
    prepare: async (context) => ({
      params: { id: (await freshVerdict(context)).verdictId },
      json: { ...content, baseVersion: 1 },
    }),
  },
  {
    operationId: "submitVerdict",
    name: "Rita's draft",
    who: either(account("reviewer"), admins),
    success: 204,
    prepare: async (context) => ({
      params: { id: (await freshVerdict(context, { submitted: false })).verdictId },
      json: { baseVersion: 1 },
    }),
  },
  {
    // A verdict the caller wrote while they were a reviewer: an editor or
    // viewer now (after a role change) may no longer change it.
    operationId: "reviseVerdict",
    name: "the caller's own submitted verdict",
    who: reviewers,
    success: 200,
    prepare: async (context) => ({
      params: { id: (await freshVerdict(context, { authorId: context.userId })).verdictId },
      json: { ...content, baseVersion: 1 },
    }),
  },
  {
    operationId: "submitVerdict",
    name: "the caller's own draft",
    who: reviewers,
    success: 204,
    prepare: async (context) => ({
      params: {
        id: (await freshVerdict(context, { submitted: false, authorId: context.userId })).verdictId,
      },
      json: { baseVersion: 1 },
    }),
  },
  {
    operationId: "reviewVerdict",
    name: "Rita's submitted verdict",
    who: except(reviewers, "reviewer"),
    success: 201,
    prepare: async (context) => ({
      params: { id: (await freshVerdict(context)).verdictId },
      json: { decision: "approve", version: 1 },
    }),
  },
  {
    // Separation of duties: revision 2 is the caller's own work, so whoever
    // wrote the verdict first, the caller may not approve it.
    operationId: "reviewVerdict",
    name: "Rita's verdict, revision 2 written by the caller",
    who: nobody,
    success: 201,
    prepare: async (context) => {
      const { verdictId } = await freshVerdict(context);
      await addRevision(context.tx, {
        verdictId,
        version: 2,
        authorId: context.userId,
        ratingId: context.shared.ratings.false!,
      });
      return { params: { id: verdictId }, json: { decision: "approve", version: 2 } };
    },
  },
  {
    operationId: "resolveDispute",
    who: editors,
    success: 204,
    prepare: async (context) => {
      const { tx, demo, shared } = context;
      const { claimId, verdictId } = await freshVerdict(context);
      // Rafael rates it false where Rita said true: the claim is disputed.
      await createVerdict(tx, { claimId, authorId: demo.reviewer2, ratingId: shared.ratings.false! });
      return {
        params: { id: claimId },
        json: { keepVerdictId: verdictId, reason: "Rita's source is the primary one." },
      };
    },
  },
];
