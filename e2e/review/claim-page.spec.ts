import { expect, test, type Locator, type Page } from "@playwright/test";
import { openClaim } from "../support/claim-page";
import { signIn } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";

const paragraphs = [
  "The minister spoke on Monday.",
  "She praised the plan and said it exceeded every target set for the year, officials noted. Reporters asked for figures.",
];

async function claimFixture() {
  return createFixtureArticle(paragraphs, [
    // The statement defaults to the quote: a raw lower-case fragment with the comma the selection dragged in.
    { quote: "it exceeded every target set for the year,", verdicts: 1, approved: true },
    { quote: "Reporters asked for figures", statement: "Reporters were refused the figures." },
  ]);
}

const header = (page: Page) => page.getByTestId("claim-header");

/** What a reader copies after selecting everything inside `locator`. */
async function copiedText(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
}

test("a statement that is the raw quote is headed like a sentence, and the quote sits in its whole sentence", async ({
  page,
}) => {
  const article = await claimFixture();
  await signIn(page, "viewer");
  await openClaim(page, article.claimIds[0]!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "It exceeded every target set for the year",
  );
  const context = page.getByTestId("quote-in-context");
  // The whole sentence, neither cut mid-word nor reaching into the next one.
  await expect(context).toHaveText(
    "She praised the plan and said it exceeded every target set for the year, officials noted.",
  );
  await expect(context.locator("mark")).toHaveText("it exceeded every target set for the year,");
  // The heading is the statement; it is not written out a second time apart from the highlight.
  await expect(
    header(page).getByText("it exceeded every target set for the year,", { exact: true }),
  ).toHaveCount(1);
});

test("a statement the editor wrote is the heading as written, over the words in the article", async ({
  page,
}) => {
  const article = await claimFixture();
  await signIn(page, "viewer");
  await openClaim(page, article.claimIds[1]!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reporters were refused the figures.");
  await expect(page.getByTestId("quote-in-context")).toHaveText("Reporters asked for figures.");
  await expect(page.getByTestId("quote-in-context").locator("mark")).toHaveText(
    "Reporters asked for figures",
  );
});

test("on a wide screen the claim's details sit beside the verdicts; on a narrow one, after the discussion", async ({
  page,
}) => {
  const article = await claimFixture();
  await signIn(page, "viewer");
  await page.setViewportSize({ width: 1400, height: 900 });
  await openClaim(page, article.claimIds[0]!);
  const verdicts = page.getByRole("heading", { name: /^Verdicts/ });
  const aside = page.getByRole("complementary", { name: "Claim details" });
  await expect(aside.getByRole("heading", { name: "Assignment" })).toBeVisible();
  await expect(aside.getByRole("heading", { name: "Timeline" })).toBeVisible();
  await expect(aside.getByTestId("claim-facts")).toContainText("Not named");
  const main = (await verdicts.boundingBox())!;
  const side = (await aside.boundingBox())!;
  expect(side.x).toBeGreaterThan(main.x + 400);
  expect(side.y).toBeLessThan(main.y + main.height + 200);

  await page.setViewportSize({ width: 700, height: 900 });
  const discussion = (await page.getByRole("heading", { name: "Discussion" }).boundingBox())!;
  const below = (await aside.boundingBox())!;
  expect(below.y).toBeGreaterThan(discussion.y);
});

test("copying a rating chip gives its label, without the short code", async ({ page }) => {
  const article = await claimFixture();
  await signIn(page, "viewer");
  await openClaim(page, article.claimIds[0]!);
  const chip = header(page).locator("[data-rating='true']");
  await expect(chip).toBeVisible();
  expect(await copiedText(chip)).toBe("True");
  // Copying the whole status line reads as words too.
  expect(await copiedText(chip.locator(".."))).not.toContain("TTrue");
});
