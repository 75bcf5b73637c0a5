import { expect, test } from "@playwright/test";
import { claimCards, openArticle } from "../support/article-page";
import { signIn } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";

const paragraphs = [
  "The council said 300 new homes were built last year, double the year before.",
  "Rents in the city rose 9 percent, according to the housing agency.",
];

test("W3C annotations exported from one article recreate its claims on another with the same text; misses are reported", async ({
  page,
}) => {
  const source = await createFixtureArticle(paragraphs, [
    { quote: "300 new homes were built last year", statement: "300 homes were built." },
    { quote: "Rents in the city rose 9 percent", statement: "Rents rose 9 percent." },
  ]);
  const target = await createFixtureArticle(paragraphs);
  const elsewhere = await createFixtureArticle([
    "A different article about rents in the city, which rose 9 percent.",
  ]);
  await signIn(page, "editor");
  const exported = await page.request.get(`/api/v1/articles/${source.id}/report?format=w3c`);
  const file = {
    name: "annotations.jsonld",
    mimeType: "application/ld+json",
    buffer: Buffer.from(await exported.body()),
  };

  await page.goto(`/articles/${target.id}/import-annotations`);
  await page.getByLabel("Annotation file (JSON-LD)").setInputFiles(file);
  await page.getByRole("button", { name: "Import annotations" }).click();
  await expect(page.getByTestId("import-outcome")).toContainText("2 claims imported.");
  await openArticle(page, target.id);
  await expect(claimCards(page)).toHaveCount(2);
  await expect(page.locator("mark[data-claim-ids]")).toHaveText([
    "300 new homes were built last year",
    "Rents in the city rose 9 percent",
  ]);

  // Into a different text: what cannot be anchored is listed, not dropped silently.
  await page.goto(`/articles/${elsewhere.id}/import-annotations`);
  await page.getByLabel("Annotation file (JSON-LD)").setInputFiles(file);
  await page.getByRole("button", { name: "Import annotations" }).click();
  const outcome = page.getByTestId("import-outcome");
  await expect(outcome).toContainText("could not be placed in this article");
  await expect(outcome).toContainText("300 new homes were built last year");
});

test("a file that is not JSON gets a clear message", async ({ page }) => {
  const target = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await page.goto(`/articles/${target.id}/import-annotations`);
  await page
    .getByLabel("Annotation file (JSON-LD)")
    .setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("not json") });
  await page.getByRole("button", { name: "Import annotations" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("That file is not JSON");
});
