import { expect, test, type Page } from "@playwright/test";
import { claimCards, openArticle } from "../support/article-page";
import { signIn } from "../support/demo";
import { createFixtureArticle, storedClaims } from "../support/fixtures";
import { dragSelect } from "../support/select-text";

const paragraphs = [
  "The ministry said on Monday that 4,000 soldiers had been deployed to the border region.",
  "Officials added that the exercise would last three weeks, according to state media.",
];

const panel = (page: Page) => page.getByRole("list", { name: "Claims in text order" });

test("an editor marks a selected sentence as a claim with a claimant; it survives a reload", async ({
  page,
}) => {
  const article = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  await expect(page.getByText("No claims have been marked in this article yet.")).toBeVisible();

  // A sloppy selection that starts mid-word and ends on punctuation snaps to whole words.
  await dragSelect(
    page,
    "inistry said on Monday that 4,000 soldiers had been deployed to the border region.",
  );
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  const dialog = page.getByRole("dialog", { name: "Mark as claim" });
  await expect(dialog.getByLabel("Claim statement")).toHaveValue(
    "ministry said on Monday that 4,000 soldiers had been deployed to the border region",
  );
  await dialog.getByLabel("Claim statement").fill("4,000 soldiers were deployed to the border region.");
  await dialog.getByLabel("Claimant").fill("The defence ministry");
  await dialog.getByLabel("Claim type").selectOption("statistic");
  await dialog.getByRole("button", { name: "Save claim" }).click();
  await expect(dialog).toBeHidden();

  const item = claimCards(page).first();
  await expect(item).toContainText("4,000 soldiers were deployed to the border region.");
  await expect(item).toContainText("Claimant: The defence ministry");
  await expect(item).toContainText("Needs verdict");
  await expect(item).toHaveAttribute("aria-current", "true");
  const mark = page.locator("mark[data-claim-ids]");
  await expect(mark).toHaveText(
    "ministry said on Monday that 4,000 soldiers had been deployed to the border region",
  );

  await page.reload();
  await expect(claimCards(page)).toHaveCount(1);
  await expect(panel(page)).toContainText("Claimant: The defence ministry");
  await expect(page.locator("mark[data-claim-ids]")).toHaveText(
    "ministry said on Monday that 4,000 soldiers had been deployed to the border region",
  );
});

test("an editor marks a claim by keyboard only", async ({ page }) => {
  const article = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  const text = page.getByRole("region", { name: "Article text for annotation" });
  // Tab into the article text from the last control before it.
  await page.getByText("How to read the highlights").focus();
  await page.keyboard.press("Tab");
  await expect(text).toBeFocused();
  // Move the caret two words in ("The ministry "), then extend over four words.
  await page.keyboard.press("Control+ArrowRight");
  await page.keyboard.press("Control+ArrowRight");
  for (let i = 0; i < 4; i += 1) await page.keyboard.press("Control+Shift+ArrowRight");
  await expect(page.getByTestId("mark-claim-toolbar")).toBeVisible();
  await page.keyboard.press("m");
  const dialog = page.getByRole("dialog", { name: "Mark as claim" });
  await expect(dialog.getByLabel("Claim statement")).toHaveValue("said on Monday that");
  await expect(dialog.getByLabel("Claim statement")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByLabel("Claimant")).toBeFocused();
  await page.keyboard.type("State media");
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(claimCards(page).first()).toContainText("Claimant: State media");
  await expect(page.locator("mark[data-claim-ids]")).toHaveText("said on Monday that");
});

test("a selection across two paragraphs becomes one claim", async ({ page }) => {
  const article = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  await dragSelect(page, "the border region.", "Officials added");
  await page.keyboard.press("m");
  const dialog = page.getByRole("dialog", { name: "Mark as claim" });
  await expect(dialog.getByLabel("Claim statement")).toHaveValue("the border region.\n\nOfficials added");
  await dialog.getByRole("button", { name: "Save claim" }).click();
  // One claim, drawn as one highlight per paragraph.
  await expect(claimCards(page)).toHaveCount(1);
  await expect(page.locator("mark[data-claim-ids]")).toHaveText(["the border region.", "Officials added"]);
});

test("offsets agree between browser and server in text with emoji and accents", async ({ page }) => {
  const article = await createFixtureArticle([
    "Der Bürgermeister 🇩🇪 sagte: Zürich 🏙️ hat 430.000 Einwohner 👍 und wächst weiter.",
  ]);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  await dragSelect(page, "hat 430.000 Einwohner");
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  await page
    .getByRole("dialog", { name: "Mark as claim" })
    .getByRole("button", { name: "Save claim" })
    .click();
  await expect(page.locator("mark[data-claim-ids]")).toHaveText("hat 430.000 Einwohner");
  const [stored] = await storedClaims(article.id);
  expect(stored).toMatchObject({ exact: "hat 430.000 Einwohner" });
  expect(article.text.slice(stored!.start, stored!.end)).toBe("hat 430.000 Einwohner");
});
