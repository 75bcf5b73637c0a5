import { expect, test, type Page } from "@playwright/test";
import { claimCards, openArticle } from "../support/article-page";
import { signIn } from "../support/demo";
import { auditActions, createFixtureArticle, storedClaims } from "../support/fixtures";
import { dragSelect } from "../support/select-text";

const paragraphs = [
  "The agency reported that exports rose 12% in March, the fastest pace in two years.",
  "Analysts expect growth to slow sharply in the second half of the year.",
];

async function openWithClaims(page: Page, claims: Parameters<typeof createFixtureArticle>[1]) {
  const article = await createFixtureArticle(paragraphs, claims);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  return article;
}

test("an editor adjusts a claim's span by re-selecting text", async ({ page }) => {
  const article = await openWithClaims(page, [{ quote: "exports rose 12%" }]);
  await claimCards(page).first().click();
  await page.getByRole("button", { name: "Adjust span" }).click();
  await expect(page.getByTestId("respan-banner")).toBeVisible();
  await dragSelect(page, "exports rose 12% in March");
  await page.getByRole("button", { name: /Use this text/ }).click();
  await expect(page.getByTestId("editor-notice")).toHaveText("Claim span updated.");
  await expect(page.locator("mark[data-claim-ids]")).toHaveText("exports rose 12% in March");
  const [claim] = await storedClaims(article.id);
  expect(claim?.exact).toBe("exports rose 12% in March");
  expect(await auditActions(claim!.id)).toContain("claim.respanned");
});

test("an editor edits a claim's statement, claimant and type", async ({ page }) => {
  await openWithClaims(page, [{ quote: "exports rose 12%" }]);
  await claimCards(page).first().click();
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Edit claim" });
  await dialog.getByLabel("Claim statement").fill("Exports rose 12% in March.");
  await dialog.getByLabel("Claimant").fill("The statistics agency");
  await dialog.getByLabel("Claim type").selectOption("statistic");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden();
  const item = claimCards(page).first();
  await expect(item).toContainText("Exports rose 12% in March.");
  await expect(item).toContainText("Claimant: The statistics agency · Statistic");
});

test("an editor dismisses a claim with a reason, and can restore it", async ({ page }) => {
  await openWithClaims(page, [{ quote: "Analysts expect growth to slow sharply" }]);
  await claimCards(page).first().click();
  await page.getByRole("button", { name: "Dismiss" }).click();
  const dialog = page.getByRole("dialog", { name: "Dismiss claim as not check-worthy" });
  await dialog.getByRole("button", { name: "Dismiss claim" }).click();
  await expect(dialog.getByText("Say why the claim is not worth checking.")).toBeVisible();
  await dialog.getByLabel("Reason").fill("A forecast, not a checkable fact.");
  await dialog.getByRole("button", { name: "Dismiss claim" }).click();
  await expect(dialog).toBeHidden();
  const item = claimCards(page).first();
  await expect(item).toContainText("Dismissed");
  await expect(item).toContainText("Dismissed: A forecast, not a checkable fact.");
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(item).toContainText("Needs verdict");
});

test("deleting a claim without verdicts needs no confirmation", async ({ page }) => {
  const article = await openWithClaims(page, [{ quote: "exports rose 12%" }]);
  await claimCards(page).first().click();
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByTestId("editor-notice")).toHaveText("Claim deleted.");
  await expect(page.locator("mark[data-claim-ids]")).toHaveCount(0);
  expect(await storedClaims(article.id)).toHaveLength(0);
});

test("deleting a claim with verdicts asks first and keeps its history in the audit trail", async ({
  page,
}) => {
  const article = await openWithClaims(page, [{ quote: "exports rose 12%", verdicts: 2 }]);
  const claimId = article.claimIds[0]!;
  await claimCards(page).first().click();
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this claim?" });
  await expect(dialog).toContainText("has 2 verdicts");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  expect(await storedClaims(article.id)).toHaveLength(1);

  await page.getByRole("button", { name: "Delete" }).click();
  await page
    .getByRole("dialog", { name: "Delete this claim?" })
    .getByRole("button", { name: "Delete claim" })
    .click();
  await expect(page.locator("mark[data-claim-ids]")).toHaveCount(0);
  expect(await storedClaims(article.id)).toHaveLength(0);
  expect(await auditActions(claimId)).toContain("claim.deleted");
});
