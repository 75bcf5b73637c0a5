import { expect, test } from "@playwright/test";
import { bearer, createToken, expectApi } from "../support/api";
import { createFixtureArticle } from "../support/fixtures";

test("text revisions: edit the text, read the history and an earlier text", async ({ request }) => {
  const editor = await createToken("editor");
  const article = await createFixtureArticle(
    ["Prices rose 3 percent in May."],
    [{ quote: "Prices rose 3 percent" }],
  );
  const edited = await expectApi<{ outcome: unknown }>(
    request,
    await request.patch(`/api/v1/articles/${article.id}`, {
      headers: bearer(editor),
      data: {
        baseRevision: 1,
        text: "Update: figures revised.\n\nPrices rose 3 percent in May.",
        note: "Added a note",
      },
    }),
    "updateArticle",
    200,
  );
  expect(edited.outcome).toBeTruthy();
  const history = await expectApi<{
    currentRevision: number;
    revisions: Array<{ number: number; note: string | null }>;
  }>(
    request,
    await request.get(`/api/v1/articles/${article.id}/revisions`, { headers: bearer(editor) }),
    "listRevisions",
    200,
  );
  expect(history.currentRevision).toBe(2);
  expect(history.revisions.map((revision) => [revision.number, revision.note])).toEqual([
    [2, "Added a note"],
    [1, null],
  ]);
  const first = await expectApi<{ revision: { text: string; current: boolean } }>(
    request,
    await request.get(`/api/v1/articles/${article.id}/revisions/1`, { headers: bearer(editor) }),
    "getRevision",
    200,
  );
  expect(first.revision).toMatchObject({ text: "Prices rose 3 percent in May.", current: false });
  await expectApi(
    request,
    await request.get(`/api/v1/articles/${article.id}/revisions/3`, { headers: bearer(editor) }),
    "getRevision",
    404,
  );
  await expectApi(
    request,
    await request.get(`/api/v1/articles/${article.id}/revisions/first`, { headers: bearer(editor) }),
    "getRevision",
    422,
  );
  // The claim moved with its words.
  const claims = await expectApi<{
    claims: Array<{ selector: { start: number }; anchoredRevision: number }>;
  }>(
    request,
    await request.get(`/api/v1/articles/${article.id}/claims`, { headers: bearer(editor) }),
    "listClaims",
    200,
  );
  expect(claims.claims[0]).toMatchObject({ anchoredRevision: 2, selector: { start: 26 } });
});

test("my work queues follow the caller's role", async ({ request }) => {
  await createFixtureArticle(["Exports doubled in a year."], [{ quote: "Exports doubled", verdicts: 1 }]);
  const reviewerWork = await expectApi<{
    review: { awaitingReview: { total: number } } | null;
    editing: unknown;
  }>(
    request,
    await request.get("/api/v1/me/work?limit=5", { headers: bearer(await createToken("reviewer2")) }),
    "getMyWork",
    200,
  );
  expect(reviewerWork.review!.awaitingReview.total).toBeGreaterThan(0);
  expect(reviewerWork.editing).toBeNull();
  const viewerWork = await expectApi<{ review: unknown; editing: unknown; actionCount: number }>(
    request,
    await request.get("/api/v1/me/work", { headers: bearer(await createToken("viewer")) }),
    "getMyWork",
    200,
  );
  expect(viewerWork).toMatchObject({ review: null, editing: null, actionCount: 0 });
  await expectApi(
    request,
    await request.get("/api/v1/me/work?limit=0", { headers: bearer(await createToken("viewer")) }),
    "getMyWork",
    422,
  );
});

test("article details are edited with the version read, and an article can be deleted", async ({
  request,
}) => {
  const editor = await createToken("editor");
  const viewer = await createToken("viewer");
  const article = await createFixtureArticle(["Rents fell by a fifth."], [{ quote: "Rents fell" }]);
  const { article: read } = await expectApi<{ article: { updatedAt: string } }>(
    request,
    await request.get(`/api/v1/articles/${article.id}`, { headers: bearer(editor) }),
    "getArticle",
    200,
  );
  const updated = await expectApi<{ article: { title: string; byline: string | null } }>(
    request,
    await request.patch(`/api/v1/articles/${article.id}`, {
      headers: bearer(editor),
      data: { title: "Rents, checked", byline: null, updatedAt: read.updatedAt },
    }),
    "updateArticle",
    200,
  );
  expect(updated.article).toMatchObject({ title: "Rents, checked", byline: null });
  const stale = await expectApi<{ error: { details: { current: { title: string } } } }>(
    request,
    await request.patch(`/api/v1/articles/${article.id}`, {
      headers: bearer(editor),
      data: { title: "Someone else's title", updatedAt: read.updatedAt },
    }),
    "updateArticle",
    409,
  );
  expect(stale.error.details.current.title).toBe("Rents, checked");
  await expectApi(
    request,
    await request.delete(`/api/v1/articles/${article.id}`, { headers: bearer(viewer) }),
    "deleteArticle",
    403,
  );
  await expectApi(
    request,
    await request.delete(`/api/v1/articles/${article.id}`, { headers: bearer(editor) }),
    "deleteArticle",
    204,
  );
  await expectApi(
    request,
    await request.get(`/api/v1/articles/${article.id}`, { headers: bearer(editor) }),
    "getArticle",
    404,
  );
  await expectApi(
    request,
    await request.get(`/api/v1/claims/${article.claimIds[0]}`, { headers: bearer(editor) }),
    "getClaim",
    404,
  );
});
