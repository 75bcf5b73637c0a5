import { expect, test, type APIRequestContext } from "@playwright/test";
import { bearer, createToken, expectApi } from "../support/api";
import { createOwnedArticles } from "../support/owned-articles";

type Page = { articles: Array<{ id: string; dueAt: string | null }>; nextCursor: string | null };
type Invalid = { error: { code: string; message: string; details: { fields: Record<string, string> } } };

/** Every article id the query lists, page by page (one article a page, so every page break is crossed). */
async function walk(request: APIRequestContext, token: string, query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const url = `/api/v1/articles?${query}&limit=1${cursor ? `&cursor=${cursor}` : ""}`;
    const page: Page = await expectApi<Page>(
      request,
      await request.get(url, { headers: bearer(token) }),
      "listArticles",
      200,
    );
    ids.push(...page.articles.map((article) => article.id));
    cursor = page.nextCursor;
  } while (cursor && ids.length < 10);
  return ids;
}

test("GET /articles filters by assignee and lead editor and sorts by due day, as documented", async ({
  request,
}) => {
  const { word, mine, shared, free, ritaId, eddieId } = await createOwnedArticles();
  const viewer = await createToken("viewer");
  const get = (query: string) => request.get(`/api/v1/articles?${query}`, { headers: bearer(viewer) });

  expect(await walk(request, viewer, `q=${word}&assignee=${ritaId}`)).toEqual([shared.id, mine.id]);
  expect(await walk(request, viewer, `q=${word}&assignee=none`)).toEqual([free.id]);
  expect(await walk(request, viewer, `q=${word}&leadEditor=${eddieId}`)).toEqual([mine.id]);
  expect(await walk(request, viewer, `q=${word}&leadEditor=none`)).toEqual([free.id, shared.id]);
  expect(await walk(request, viewer, `q=${word}&sort=due`)).toEqual([mine.id, shared.id, free.id]);
  expect(await walk(request, viewer, `q=${word}&sort=due&assignee=${ritaId}&leadEditor=none`)).toEqual([
    shared.id,
  ]);
  // An id nobody has: an empty page, not an error.
  const none = await expectApi<Page>(
    request,
    await get(`q=${word}&assignee=cm0nobody00000000`),
    "listArticles",
    200,
  );
  expect(none).toEqual({ articles: [], nextCursor: null });

  // What is not an id, and a cursor from another sort, are refused, naming the parameter.
  const notAnId = await expectApi<Invalid>(
    request,
    await get("assignee=Rita%20Reviewer"),
    "listArticles",
    422,
  );
  expect(notAnId.error.details.fields.assignee).toBe("Give the assignee as a user id, or none for nobody.");
  const first = await expectApi<Page>(request, await get(`q=${word}&sort=due&limit=1`), "listArticles", 200);
  const wrongSort = await expectApi<Invalid>(
    request,
    await get(`q=${word}&sort=activity&cursor=${first.nextCursor}`),
    "listArticles",
    422,
  );
  expect(wrongSort.error.details.fields.cursor).toMatch(/for the due sort, not activity/);
});

test("GET /articles/{id}/claims filters by assignee", async ({ request }) => {
  const { shared, ritaId } = await createOwnedArticles();
  const viewer = await createToken("viewer");
  const claimsOf = async (query: string) =>
    (
      await expectApi<{ claims: Array<{ id: string }> }>(
        request,
        await request.get(`/api/v1/articles/${shared.id}/claims?${query}`, { headers: bearer(viewer) }),
        "listClaims",
        200,
      )
    ).claims.map((claim) => claim.id);
  expect(await claimsOf(`assignee=${ritaId}`)).toEqual(shared.claimIds);
  expect(await claimsOf("assignee=none")).toEqual([]);
  expect(await claimsOf("assignee=cm0nobody00000000")).toEqual([]);
});
