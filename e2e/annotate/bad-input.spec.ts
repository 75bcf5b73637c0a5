import { expect, test } from "@playwright/test";
import { openArticle } from "../support/article-page";
import { signIn } from "../support/demo";
import { createFixtureArticle, storedClaims } from "../support/fixtures";
import { dragSelect } from "../support/select-text";

const paragraphs = ["Prices rose by 8 percent last year, the central bank said in its annual report."];

test.describe("bad input gets a clear error and changes nothing", () => {
  const cases = [
    {
      name: "an empty selection",
      span: { revision: 1, start: 10, end: 10 },
      status: 422,
      message: "Select some text to mark as a claim.",
    },
    {
      name: "a span outside the text",
      span: { revision: 1, start: 70, end: 500 },
      status: 422,
      message: "The selection is outside the article text",
    },
    {
      name: "a claim on a stale revision",
      span: { revision: 7, start: 0, end: 6 },
      status: 409,
      message: "The article text changed",
    },
    {
      name: "text that no longer matches",
      span: { revision: 1, start: 0, end: 6, exact: "Wages" },
      status: 409,
      message: "no longer matches",
    },
  ];
  for (const { name, span, status, message } of cases) {
    test(name, async ({ page }) => {
      const article = await createFixtureArticle(paragraphs);
      await signIn(page, "editor");
      const response = await page.request.post(`/api/v1/articles/${article.id}/claims`, { data: { span } });
      expect(response.status()).toBe(status);
      expect((await response.json()).error.message).toContain(message);
      expect(await storedClaims(article.id)).toEqual([]);
    });
  }

  test("a statement over the length limit, through the form: a field error and no highlight", async ({
    page,
  }) => {
    const article = await createFixtureArticle(paragraphs);
    await signIn(page, "editor");
    await openArticle(page, article.id);
    await dragSelect(page, "Prices rose by 8 percent last year");
    await page.getByRole("button", { name: /Mark as claim/ }).click();
    const dialog = page.getByRole("dialog", { name: "Mark as claim" });
    await dialog.getByLabel("Claim statement").fill("x".repeat(601));
    await dialog.getByRole("button", { name: "Save claim" }).click();
    await expect(dialog.getByText("Keep the statement under 600 characters.").first()).toBeVisible();
    await expect(dialog.getByLabel("Claim statement")).toHaveAttribute("aria-invalid", "true");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(page.locator("mark[data-claim-ids]")).toHaveCount(0);
    expect(await storedClaims(article.id)).toEqual([]);
  });

  test("malformed requests get 400, 415 and 404 with the one error shape", async ({ page }) => {
    const article = await createFixtureArticle(paragraphs);
    await signIn(page, "editor");
    const url = `/api/v1/articles/${article.id}/claims`;
    const notJson = await page.request.post(url, {
      headers: { "Content-Type": "application/json" },
      data: Buffer.from("{oops"),
    });
    expect(notJson.status()).toBe(400);
    const wrongType = await page.request.post(url, {
      headers: { "Content-Type": "text/plain" },
      data: "hello",
    });
    expect(wrongType.status()).toBe(415);
    const missing = await page.request.post(`/api/v1/articles/nope/claims`, {
      data: { span: { revision: 1, start: 0, end: 6 } },
    });
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error).toMatchObject({ code: "NOT_FOUND" });
    expect(await storedClaims(article.id)).toEqual([]);
  });
});

test("two editors changing the same claim: the second gets a conflict with the current claim, nothing is lost", async ({
  page,
}) => {
  const article = await createFixtureArticle(paragraphs, [{ quote: "Prices rose by 8 percent" }]);
  const claimId = article.claimIds[0]!;
  await signIn(page, "editor");
  const first = await page.request.patch(`/api/v1/claims/${claimId}`, {
    data: { version: 1, statement: "First edit" },
  });
  expect(first.status()).toBe(200);
  const second = await page.request.patch(`/api/v1/claims/${claimId}`, {
    data: { version: 1, claimant: "Second edit" },
  });
  expect(second.status()).toBe(409);
  const body = await second.json();
  expect(body.error.details.current.statement).toBe("First edit");
  expect(body.error.details.currentVersion).toBe(2);
  const [stored] = await storedClaims(article.id);
  expect(stored).toMatchObject({ statement: "First edit", claimant: null, version: 2 });
});
