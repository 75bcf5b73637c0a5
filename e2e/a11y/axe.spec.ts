import { expect, test } from "@playwright/test";
import { claimCards, openArticle } from "../support/article-page";
import { openClaim } from "../support/claim-page";
import { openSampleArticle, signIn } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";
import { dragSelect } from "../support/select-text";
import { seriousViolations } from "../support/axe";
import { bearer, createToken } from "../support/api";

test("the sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/signin");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the articles list has no serious accessibility violations", async ({ page }) => {
  await signIn(page, "editor");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the article page has no serious accessibility violations, with a claim selected", async ({ page }) => {
  await signIn(page, "editor");
  await openSampleArticle(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Next claim" }).click();
  await page.getByText("How to read the highlights").click();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the 404 page has no serious accessibility violations", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/articles/missing");
  expect(await seriousViolations(page)).toEqual([]);
});

test("the annotation dialogs and the edit-text page have no serious accessibility violations", async ({
  page,
}) => {
  const article = await createFixtureArticle(
    ["The mayor said the council built 300 new homes last year."],
    [{ quote: "built 300 new homes" }],
  );
  await signIn(page, "editor");
  await openArticle(page, article.id);
  await dragSelect(page, "The mayor said");
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  await expect(page.getByRole("dialog", { name: "Mark as claim" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await claimCards(page).first().click();
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/articles/${article.id}/edit`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/articles/${article.id}/revisions`);
  expect(await seriousViolations(page)).toEqual([]);
});

test("the report page and every public page of a published report have no serious accessibility violations", async ({
  page,
  request,
}) => {
  const article = await createFixtureArticle(
    ["The harbour handled 41 million tonnes of cargo last year, the port authority said."],
    [{ quote: "The harbour handled 41 million tonnes of cargo", verdicts: 1, approved: true }],
  );
  const published = await request.post(`/api/v1/articles/${article.id}/publications`, {
    headers: bearer(await createToken("editor")),
  });
  expect(published.status()).toBe(201);
  await signIn(page, "editor");
  await page.goto(`/articles/${article.id}/report`);
  await expect(page.getByTestId("embed-snippet")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const report = `/public/reports/${article.id}`;
  for (const path of [report, `${report}/versions/1`, `${report}/article`, `${report}/claims/1`]) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test("the claim page, signed in, has no serious accessibility violations, on a wide and a narrow screen", async ({
  page,
}) => {
  const article = await createFixtureArticle(
    ["The harbour handled 41 million tonnes of cargo last year, the port authority said."],
    [{ quote: "handled 41 million tonnes of cargo", verdicts: 1, approved: true }],
  );
  await signIn(page, "editor");
  await openClaim(page, article.claimIds[0]!);
  await expect(page.getByRole("complementary", { name: "Claim details" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 700, height: 900 });
  expect(await seriousViolations(page)).toEqual([]);
});

test("the report page of an unpublished report has no serious accessibility violations", async ({ page }) => {
  const article = await createFixtureArticle(
    ["The harbour handled 41 million tonnes of cargo last year, the port authority said."],
    [
      { quote: "The harbour handled 41 million tonnes of cargo", verdicts: 1, approved: true },
      { quote: "the port authority said" },
    ],
  );
  await signIn(page, "editor");
  await page.goto(`/articles/${article.id}/report`);
  await expect(page.getByRole("region", { name: "Download" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
