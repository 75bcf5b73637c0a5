import { expect, test, type APIResponse } from "@playwright/test";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { signIn, signedInPage } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";
import { publishThroughPreview, unpublishThroughConfirmation } from "../support/publish-dialog";

test.describe.configure({ timeout: 90_000 });

const paragraphs = [
  'The agency said exports rose 12% in March, the "fastest pace" in two years.',
  "Unemployment fell to 4.1 percent, officials said, and wages rose by 3 percent.",
  "The minister predicted that growth would double next year.",
];

async function reportFixture() {
  return createFixtureArticle(
    paragraphs,
    [
      {
        quote: "exports rose 12% in March",
        statement: "Exports rose 12% in March.",
        claimant: "The agency",
        verdicts: 1,
        approved: true,
      },
      {
        quote: "Unemployment fell to 4.1 percent",
        statement: "Unemployment fell to 4.1 percent.",
        claimant: "Officials",
        verdicts: 1,
        approved: true,
      },
      { quote: "wages rose by 3 percent", statement: "Wages rose by 3 percent.", verdicts: 1 },
      {
        quote: "growth would double next year",
        statement: "Growth will double.",
        dismissed: "A prediction.",
      },
    ],
    { sourceUrl: "https://news.example.com/economy/march" },
  );
}

async function pdfText(response: APIResponse): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(await response.body()) }).promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
  }
  return { pages: pdf.numPages, text };
}

test("the report shows approved claims in article order, pending ones apart, dismissed ones not at all", async ({
  page,
}) => {
  const article = await reportFixture();
  await signIn(page, "viewer");
  await page.goto(`/articles/${article.id}/report`);
  const report = page.locator(".fc-report");
  await expect(report).toContainText(article.title);
  await expect(report).toContainText("Exports rose 12% in March.");
  await expect(report).toContainText("Unemployment fell to 4.1 percent.");
  await expect(report).toContainText("Fixture statistics");
  await expect(report).not.toContainText("Growth will double.");
  await expect(report.locator("svg[role=img]")).toBeVisible();
  const pending = report.getByRole("heading", { name: "Not yet checked" });
  await expect(pending).toBeVisible();
  await expect(report).toContainText("Wages rose by 3 percent.");
  await page.getByRole("link", { name: "Hide claims not yet checked" }).click();
  await expect(report.getByRole("heading", { name: "Not yet checked" })).toHaveCount(0);
  await expect(report).not.toContainText("Wages rose by 3 percent.");
  await expect(page.getByRole("button", { name: "Preview and publish" })).toHaveCount(0);
});

test("every download format has its media type and real content", async ({ page }) => {
  const article = await reportFixture();
  await signIn(page, "editor");
  const get = (format: string) => page.request.get(`/api/v1/articles/${article.id}/report?format=${format}`);

  const html = await get("html");
  expect(html.headers()["content-type"]).toContain("text/html");
  expect(html.headers()["content-disposition"]).toContain("attachment");
  const htmlText = await html.text();
  expect(htmlText).toMatch(/^<!doctype html>/i);
  expect(htmlText).toContain("Exports rose 12% in March.");
  expect(htmlText).not.toMatch(/<link[^>]+href=|<script[^>]+src=|@import|url\(http/);

  const md = await (await get("md")).text();
  expect(md).toContain(article.title);
  expect(md).toContain("Exports rose 12% in March.");

  const json = await (await get("json")).json();
  expect(json.schemaVersion).toBe("1.0");
  expect(json.claims.length).toBeGreaterThanOrEqual(3);
  // $schema names where the schema is served, without sign-in, and the download validates against it.
  expect(json.$schema).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/public\/schemas\/report-1\.0\.json$/);
  const schemaResponse = await fetch(json.$schema);
  expect(schemaResponse.status).toBe(200);
  expect(schemaResponse.headers.get("content-type")).toContain("application/schema+json");
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(await schemaResponse.json());
  expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);

  const csv = await get("csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const rows = (await csv.text()).trim().split("\r\n");
  expect(rows[0]).toContain("statement");
  expect(rows).toHaveLength(4);
  // Plain RFC 4180 from the API by default; the page's button asks for Excel's byte-order mark.
  const BOM = [0xef, 0xbb, 0xbf];
  expect([...(await csv.body()).subarray(0, 3)]).not.toEqual(BOM);
  await page.goto(`/articles/${article.id}/report`);
  const href = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  expect(href).toContain("bom=1");
  const forExcel = await page.request.get(href!);
  expect([...(await forExcel.body()).subarray(0, 3)]).toEqual(BOM);

  const claimReview = await get("claimreview");
  expect(claimReview.headers()["content-type"]).toContain("application/ld+json");
  const reviews = await claimReview.json();
  expect(reviews).toHaveLength(2);
  expect(reviews[0]["@type"]).toBe("ClaimReview");
  expect(reviews[0].reviewRating.alternateName).toBe("True");

  const w3c = await get("w3c");
  expect(w3c.headers()["content-type"]).toContain('profile="http://www.w3.org/ns/anno.jsonld"');
  expect(JSON.stringify(await w3c.json())).toContain("TextQuoteSelector");

  const pdf = await get("pdf");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const { pages, text } = await pdfText(pdf);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(text).toContain("Exports rose 12% in March.");
  expect(text).toContain("Unemployment fell to 4.1 percent.");
  expect(text).not.toContain("Growth will double.");

  const bad = await get("docx");
  expect(bad.status()).toBe(422);
});

test("publish, see it in public, change a verdict, republish, unpublish", async ({ browser }) => {
  const article = await reportFixture();
  const editor = await signedInPage(browser, "editor");
  await editor.goto(`/articles/${article.id}/report`);
  await expect(editor.getByTestId("publication-status")).toContainText("Not published");
  await publishThroughPreview(editor, 1);
  const publicUrl = `/public/reports/${article.id}`;

  // A visitor with no session sees the report and its ClaimReview, and nothing unpublished.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const response = await visitor.goto(publicUrl);
  expect(response?.status()).toBe(200);
  await expect(visitor.getByText("Exports rose 12% in March.").first()).toBeVisible();
  const scripts = visitor.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(2);
  expect(JSON.parse((await scripts.first().textContent()) ?? "{}")["@type"]).toBe("ClaimReview");
  const publicHtml = await visitor.content();
  expect(publicHtml).not.toContain("Rita Reviewer");
  expect(publicHtml).not.toContain("Rafael Reviewer");

  // A later edit does not change the published report until it is published again.
  const rita = await signedInPage(browser, "reviewer");
  const verdictId = article.verdictIds[0]![0]!;
  const lock = 1;
  const revised = await rita.request.patch(`/api/v1/verdicts/${verdictId}`, {
    data: {
      rating: "mostly-true",
      summary: "Exports rose 11.8%, rounded to 12%.",
      sources: [{ url: "https://stats.example.org/fixture", title: "Fixture statistics" }],
      baseVersion: lock,
    },
  });
  expect(revised.status()).toBe(200);
  await visitor.reload();
  await expect(visitor.getByText("Exports rose 12% in March.").first()).toBeVisible();
  await expect(visitor.locator("body")).not.toContainText("Exports rose 11.8%");

  await editor.reload();
  await publishThroughPreview(editor, 2, { includePending: true });
  await visitor.reload();
  // The revised verdict is not approved yet, so version 2 (with pending claims included) lists the claim as not yet checked.
  await expect(visitor.getByRole("heading", { name: "Not yet checked" })).toBeVisible();
  await expect(visitor.locator("body")).not.toContainText("Exports rose 11.8%");
  const old = await visitor.goto(`${publicUrl}/versions/1`);
  expect(old?.status()).toBe(200);
  await expect(visitor.getByRole("note")).toContainText("superseded");

  await unpublishThroughConfirmation(editor);
  expect((await visitor.goto(publicUrl))?.status()).toBe(404);
  expect((await visitor.goto(`${publicUrl}/versions/1`))?.status()).toBe(404);
  await Promise.all([editor.context().close(), rita.context().close(), visitorContext.close()]);
});

test("viewers and reviewers cannot publish; an unpublished report's public URL is 404, not 403", async ({
  page,
  request,
}) => {
  const article = await reportFixture();
  for (const role of ["viewer", "reviewer"] as const) {
    await page.context().clearCookies();
    await signIn(page, role);
    const response = await page.request.post(`/api/v1/articles/${article.id}/publications`);
    expect(response.status()).toBe(403);
  }
  const anonymous = await request.get(`/public/reports/${article.id}`);
  expect(anonymous.status()).toBe(404);
  expect((await request.get(`/public/reports/does-not-exist`)).status()).toBe(404);
});
