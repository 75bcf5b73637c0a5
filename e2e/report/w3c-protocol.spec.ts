import { expect, test, type APIRequestContext } from "@playwright/test";
import { loadAssertions, runAssertions } from "../../lib/report/fixtures/w3c-suite";
import { bearer, createToken } from "../support/api";
import { signIn } from "../support/demo";
import { createFixtureArticle, database, storedClaims } from "../support/fixtures";

// Published annotations answer at their ids, as a read-only Web Annotation Protocol server does.

const ANNO_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const annotationMusts = loadAssertions("annotations/annotationMusts.test");
const collectionMusts = loadAssertions("collections/collectionMusts.test");
const pageMusts = loadAssertions("collections/pages/pageMusts.test");

const paragraphs = [
  "The minister said unemployment fell to 4 percent in March.",
  "Exports doubled since 2020, the trade office reported.",
];

type Json = Record<string, unknown>;

/** What each body says: its text, or the address it links to. */
const bodiesOf = (annotation: Json) =>
  (annotation.body as Array<{ value?: string; source?: { id: string } }>).map(
    (body) => body.value ?? body.source?.id,
  );

async function publishedArticle(request: APIRequestContext, editor: string) {
  const article = await createFixtureArticle(paragraphs, [
    {
      quote: "unemployment fell to 4 percent in March",
      claimant: "The minister",
      verdicts: 1,
      approved: true,
    },
    { quote: "Exports doubled since 2020", claimant: "Trade office", verdicts: 1, approved: true },
  ]);
  // The fixture helper has no claim type: set one, so the round trip has a type to lose.
  const db = await database();
  await db.claim.update({ where: { id: article.claimIds[0] }, data: { type: "quotation" } });
  await db.claim.update({ where: { id: article.claimIds[1] }, data: { type: "statistic" } });
  const published = await request.post(`/api/v1/articles/${article.id}/publications`, {
    headers: bearer(editor),
  });
  expect(published.status()).toBe(201);
  const exported = await request.get(`/api/v1/articles/${article.id}/report?format=w3c`, {
    headers: bearer(editor),
  });
  expect(exported.status()).toBe(200);
  return { article, file: await exported.body(), collection: JSON.parse(await exported.text()) as Json };
}

test("every annotation of a published report's download answers at its id, without sign-in", async ({
  request,
  playwright,
}) => {
  const editor = await createToken("editor");
  const { article, collection } = await publishedArticle(request, editor);
  const items = (collection.first as { items: Json[] }).items;
  expect(items).toHaveLength(2);
  const anonymous = await playwright.request.newContext();

  for (const item of items) {
    const id = String(item.id);
    expect(id).toMatch(new RegExp(`^http://[^/]+/public/reports/${article.id}/annotations/\\d+$`));
    const response = await anonymous.get(id);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toBe(ANNO_TYPE);
    expect(headers.link).toContain('<http://www.w3.org/ns/ldp#Resource>; rel="type"');
    expect(headers.allow).toBe("GET, HEAD, OPTIONS");
    expect(headers.vary).toContain("Accept");
    expect(headers.etag).toMatch(/^"[^"]+"$/);
    const served = (await response.json()) as Json;
    expect(served.id).toBe(id);
    // The same claim: its passage and what its bodies say. (Without an article URL the download
    // targets the signed-in article, the public one the public article text; names may be hidden.)
    expect((served.target as Json).selector).toEqual((item.target as Json).selector);
    expect(bodiesOf(served)).toEqual(bodiesOf(item));
    expect(bodiesOf(served).filter((value) => value?.startsWith("claim-type:"))).toHaveLength(1);
    expect(runAssertions(annotationMusts, served)).toEqual([]);

    const again = await anonymous.get(id, { headers: { "If-None-Match": headers.etag! } });
    expect(again.status()).toBe(304);
    const head = await anonymous.head(id);
    expect(head.status()).toBe(200);
    expect(head.headers().etag).toBe(headers.etag);
  }
  const options = await anonymous.fetch(String(items[0]?.id), { method: "OPTIONS" });
  expect(options.headers().allow).toBe("GET, HEAD, OPTIONS");
  const write = await anonymous.delete(String(items[0]?.id));
  expect(write.status()).toBe(405);
  expect((await anonymous.get(String(items[0]?.id))).status()).toBe(200);
  await anonymous.dispose();
});

test("the container and each of its pages validate against the suite; Prefer asks for IRIs", async ({
  request,
}) => {
  const editor = await createToken("editor");
  const { article, collection } = await publishedArticle(request, editor);
  const containerUrl = `/public/reports/${article.id}/annotations`;

  const response = await request.get(containerUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe(ANNO_TYPE);
  expect(response.headers().link).toContain('<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"');
  expect(response.headers().link).toContain('rel="http://www.w3.org/ns/ldp#constrainedBy"');
  const container = (await response.json()) as Json;
  expect(container).toMatchObject({ total: 2 });
  expect(runAssertions(collectionMusts, container)).toEqual([]);
  expect(runAssertions(pageMusts, container)).toEqual([]);

  // Walk the pages from the first: each validates, and together they hold the download's annotations.
  const seen: string[] = [];
  let next: unknown = (container.first as Json).id;
  while (typeof next === "string") {
    const page = (await (await request.get(next)).json()) as Json;
    expect(runAssertions(pageMusts, page)).toEqual([]);
    expect((page.partOf as Json).id).toBe(container.id);
    seen.push(...(page.items as Json[]).map((item) => String(item.id)));
    next = page.next;
  }
  expect(seen).toEqual((collection.first as { items: Json[] }).items.map((item) => item.id));
  expect(container.last).toBe((container.first as Json).id);

  const iris = await request.get(containerUrl, {
    headers: { Prefer: 'return=representation;include="http://www.w3.org/ns/oa#PreferContainedIRIs"' },
  });
  expect(iris.headers()["preference-applied"]).toBe("return=representation");
  const irisContainer = (await iris.json()) as Json;
  expect((irisContainer.first as Json).items).toEqual(seen);
  expect(runAssertions(collectionMusts, irisContainer)).toEqual([]);
  expect(runAssertions(pageMusts, irisContainer)).toEqual([]);
  expect(iris.headers().etag).not.toBe(response.headers().etag);

  expect((await request.get(`${containerUrl}?page=1`)).status()).toBe(404);
});

test("an unpublished or withdrawn report's annotations are not found", async ({ request }) => {
  const editor = await createToken("editor");
  const draft = await createFixtureArticle(paragraphs, [
    { quote: "Exports doubled since 2020", verdicts: 1, approved: true },
  ]);
  for (const path of [
    `/public/reports/${draft.id}/annotations/1`,
    `/public/reports/${draft.id}/annotations`,
  ]) {
    expect((await request.get(path)).status()).toBe(404);
  }
  // The draft's own download names no public address that would answer 404.
  const exported = await request.get(`/api/v1/articles/${draft.id}/report?format=w3c`, {
    headers: bearer(editor),
  });
  expect(await exported.text()).not.toContain("/public/reports/");

  const { article } = await publishedArticle(request, editor);
  expect((await request.get(`/public/reports/${article.id}/annotations/1`)).status()).toBe(200);
  expect((await request.get(`/public/reports/${article.id}/annotations/3`)).status()).toBe(404);
  await request.delete(`/api/v1/articles/${article.id}/publications`, { headers: bearer(editor) });
  expect((await request.get(`/public/reports/${article.id}/annotations/1`)).status()).toBe(404);
  expect((await request.get(`/public/reports/${article.id}/annotations`)).status()).toBe(404);
});

test("importing the download into a fresh copy of the article keeps claimant and claim type", async ({
  page,
  request,
}) => {
  const editor = await createToken("editor");
  const { article, file } = await publishedArticle(request, editor);
  const copy = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await page.goto(`/articles/${copy.id}/import-annotations`);
  await page
    .getByLabel("Annotation file (JSON-LD)")
    .setInputFiles({ name: "annotations.jsonld", mimeType: "application/ld+json", buffer: file });
  await page.getByRole("button", { name: "Import annotations" }).click();
  await expect(page.getByTestId("import-outcome")).toContainText("2 claims imported.");
  const keep = (claims: Awaited<ReturnType<typeof storedClaims>>) =>
    claims.map(({ exact, start, end, statement, claimant, type }) => ({
      exact,
      start,
      end,
      statement,
      claimant,
      type,
    }));
  const imported = keep(await storedClaims(copy.id));
  expect(imported).toEqual(keep(await storedClaims(article.id)));
  expect(imported.map((claim) => [claim.claimant, claim.type])).toEqual([
    ["The minister", "quotation"],
    ["Trade office", "statistic"],
  ]);
});
