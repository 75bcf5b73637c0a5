import { expect, test } from "@playwright/test";
import { openArticle } from "../support/article-page";
import { signIn } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";
import { dragSelect } from "../support/select-text";

test("editing the article text re-anchors one claim and orphans another, which can be re-attached", async ({
  page,
}) => {
  const article = await createFixtureArticle(
    [
      "The minister said the new bridge cost 40 million euros and opened in May.",
      "Critics claimed the tender had been rigged from the start.",
      "Traffic on the old route has fallen by half since then.",
    ],
    [
      { quote: "the new bridge cost 40 million euros", statement: "The bridge cost 40 million euros." },
      { quote: "the tender had been rigged from the start", statement: "The tender was rigged." },
    ],
  );
  await signIn(page, "editor");
  await openArticle(page, article.id);
  await page.getByRole("link", { name: "Edit text" }).click();
  await expect(page.getByRole("heading", { name: "Edit article text" })).toBeVisible();

  const edited = [
    "Correction: an earlier version misstated the opening month.",
    "The minister said the new bridge cost 42 million euros and opened in June.",
    "Traffic on the old route has fallen by half since then.",
  ].join("\n\n");
  await page.getByLabel("Article text").fill(edited);
  await page
    .getByLabel("Note about this change (optional)")
    .fill("Corrected the cost and the month; removed an unsourced paragraph.");
  await page.getByRole("button", { name: "Save new revision" }).click();

  const outcome = page.getByTestId("revision-outcome");
  await expect(outcome).toContainText("Saved revision 2");
  await expect(outcome).toContainText("1 claim was re-anchored");
  await expect(outcome).toContainText("1 claim needs re-anchoring");
  await expect(outcome).toContainText("The tender was rigged.");
  await outcome.getByRole("link", { name: "Back to the article" }).click();

  // The changed quote follows the text; the removed one waits to be re-attached.
  await expect(page.locator("mark[data-claim-ids]")).toHaveText("the new bridge cost 42 million euros");
  const orphans = page.getByRole("list", { name: "Claims that need re-anchoring" });
  await expect(orphans).toContainText("the tender had been rigged from the start");
  await orphans.getByRole("button").first().click();
  await page.getByRole("button", { name: "Re-attach" }).click();
  await dragSelect(page, "Traffic on the old route has fallen by half");
  await page.getByRole("button", { name: /Use this text/ }).click();
  await expect(page.getByTestId("editor-notice")).toHaveText("Claim re-attached.");
  await expect(orphans).toHaveCount(0);
  await expect(page.locator("mark[data-claim-ids]")).toHaveCount(2);

  // The earlier revision stays readable.
  await page.getByRole("link", { name: "Revision 2" }).click();
  await page.getByRole("link", { name: "Revision 1" }).click();
  await expect(page.getByTestId("revision-text")).toContainText(
    "Critics claimed the tender had been rigged from the start.",
  );
});

test("saving a text edit made on a stale revision is refused and changes nothing", async ({
  page,
  browser,
}) => {
  const article = await createFixtureArticle(["First version of the only paragraph."]);
  await signIn(page, "editor");
  await page.goto(`/articles/${article.id}/edit`);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, "admin");
  await otherPage.goto(`/articles/${article.id}/edit`);
  await otherPage.getByLabel("Article text").fill("Second version of the only paragraph.");
  await otherPage.getByRole("button", { name: "Save new revision" }).click();
  await expect(otherPage.getByTestId("revision-outcome")).toContainText("Saved revision 2");
  await other.close();

  await page.getByLabel("Article text").fill("A conflicting version.");
  await page.getByRole("button", { name: "Save new revision" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText(
    "Someone saved revision 2 while you were editing revision 1",
  );
  await openArticle(page, article.id);
  await expect(page.getByTestId("article-text")).toHaveText("Second version of the only paragraph.");
});
