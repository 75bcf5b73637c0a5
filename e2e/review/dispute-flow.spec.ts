import { expect, test } from "@playwright/test";
import { claimCards, openArticle } from "../support/article-page";
import { fillVerdictForm, openClaim } from "../support/claim-page";
import { signedInPage } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";

test.describe.configure({ timeout: 90_000 });

const source = {
  url: "https://stats.example.org/census-2024",
  title: "Census 2024",
  publisher: "Statistics office",
};

test("conflicting ratings dispute a claim; an editor resolves it; the article is ready once every claim is approved or dismissed", async ({
  browser,
}) => {
  const article = await createFixtureArticle(
    ["The city has 430,000 residents, the mayor said, and it is the fastest-growing city in the region."],
    [{ quote: "The city has 430,000 residents" }, { quote: "it is the fastest-growing city in the region" }],
  );
  const [populationClaim, growthClaim] = article.claimIds as [string, string];
  const rita = await signedInPage(browser, "reviewer");
  const rafael = await signedInPage(browser, "reviewer2");
  const eddie = await signedInPage(browser, "editor");

  for (const [page, rating, summary] of [
    [rita, "True", "The 2024 census counted 431,000 residents."],
    [rafael, "Mostly false", "The census counts the wider metro area, not the city."],
  ] as const) {
    await openClaim(page, populationClaim);
    await page.getByRole("button", { name: "Write a verdict" }).click();
    await fillVerdictForm(page, { rating, summary, sources: [source] });
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByRole("article", { name: /Verdict by/ })).toHaveCount(page === rita ? 1 : 2);
  }

  // Disputed in the article panel too, with both proposed ratings.
  await openArticle(eddie, article.id);
  const card = claimCards(eddie).first();
  await expect(card).toContainText("Disputed");
  await expect(card).toContainText("True (proposed)");
  await expect(card).toContainText("Mostly false (proposed)");

  // The editor keeps Rita's verdict; Rafael's is closed with the reason.
  await openClaim(eddie, populationClaim);
  await eddie.getByRole("radio", { name: "True by Rita Reviewer" }).check();
  await eddie.getByLabel("Reason").fill("The city boundary is what the claim is about.");
  await eddie.getByRole("button", { name: "Resolve dispute" }).click();
  await expect(
    eddie.getByRole("article", { name: "Verdict by Rafael Reviewer" }).getByTestId("verdict-state"),
  ).toHaveText("Closed: The city boundary is what the claim is about.");
  await expect(eddie.getByTestId("timeline")).toContainText("Eddie Editor resolved the dispute");
  await expect(eddie.getByTestId("timeline")).toContainText("Verdicts disagreed: the claim is disputed");

  // Rafael approves the standing verdict.
  await openClaim(rafael, populationClaim);
  await rafael
    .getByRole("article", { name: "Verdict by Rita Reviewer" })
    .getByRole("button", { name: "Approve revision 1" })
    .click();
  await expect(
    rafael.getByRole("article", { name: "Verdict by Rita Reviewer" }).getByTestId("verdict-state"),
  ).toHaveText("Approved");

  // One claim approved, one still needs a verdict: not ready. Dismissing the other makes it ready.
  await openArticle(eddie, article.id);
  await expect(eddie.getByTestId("status-progress").first()).not.toContainText("Ready to publish");
  await claimCards(eddie).nth(1).click();
  await eddie.getByRole("button", { name: "Dismiss" }).click();
  await eddie.getByLabel("Reason").fill("A superlative without a defined region.");
  await eddie.getByRole("button", { name: "Dismiss claim" }).click();
  await expect(eddie.getByTestId("status-progress").first()).toContainText("Ready to publish");
  await eddie.goto("/");
  await expect(eddie.getByTestId("article-row").filter({ hasText: article.title })).toContainText(
    "Ready to publish",
  );
  expect(growthClaim).toBeTruthy();
  await Promise.all([rita, rafael, eddie].map((page) => page.context().close()));
});
