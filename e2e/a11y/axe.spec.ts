import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openSampleArticle, signIn } from "../support/demo";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

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
