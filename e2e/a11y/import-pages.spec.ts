import { expect, test } from "@playwright/test";
import { signIn } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";
import { seriousViolations } from "../support/axe";

/*
 * The pages the other accessibility checks do not reach: importing an
 * article (empty, with a preview, and with a validation error the user
 * caused), importing annotations, and an old revision of an article.
 */

test("the import page has no serious accessibility violations: empty, previewed, and with an error", async ({
  page,
}) => {
  await signIn(page, "editor");
  await page.goto("/articles/new");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByLabel("Article text")).toHaveAttribute("aria-invalid", "true");
  expect(await seriousViolations(page)).toEqual([]);
  await page
    .getByLabel("Article text")
    .fill("A council report\n\nThe council built 300 homes last year, it said.");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-format")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("importing annotations and reading an old revision have no serious accessibility violations", async ({
  page,
}) => {
  const article = await createFixtureArticle(
    ["The mayor said the council built 300 new homes last year."],
    [{ quote: "built 300 new homes" }],
  );
  await signIn(page, "editor");
  await page.goto(`/articles/${article.id}/import-annotations`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`/articles/${article.id}/revisions/1`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
