import { expect, test, type Page } from "@playwright/test";
import { claimCards } from "../support/article-page";
import { openSampleArticle, signIn } from "../support/demo";

/** The seeded claims in text order, with the status and rating a reader must see. */
const seeded = [
  { quote: "its troops were fighting in the ranks of the Russian Army", status: "Approved", rating: "True" },
  {
    quote: "a mutual defense pact signed by Pyongyang and Moscow in June",
    status: "Approved",
    rating: "True",
  },
  {
    quote: "the North Korean contingent had aided the recapture of Kursk province",
    status: "Disputed",
    rating: "Misleading (proposed)",
  },
  {
    quote: "eight months after parts of the region were occupied",
    status: "In review",
    rating: "Mostly true (proposed)",
  },
  { quote: "Comrade Kim Jong Un defined it as a sacred mission", status: "Dismissed", rating: null },
  {
    quote: "the first time the secretive Marxist-Leninist state has admitted",
    status: "Approved",
    rating: "True",
  },
  {
    quote: "United States, South Korea and Ukraine saying it had sent up to 12,000 troops",
    status: "In review",
    rating: "Mostly true (proposed)",
  },
  {
    quote: "about 4,000 of the North Koreans have been killed or injured",
    status: "Changes requested",
    rating: "Unproven (proposed)",
  },
  { quote: "have not fought a war in more than five decades", status: "Needs verdict", rating: null },
  {
    quote: "two Chinese citizens fighting in the Russian army had been taken prisoner",
    status: "Needs verdict",
    rating: null,
  },
  {
    quote: "the two Chinese fighters were detained in Donetsk Oblast",
    status: "Needs verdict",
    rating: null,
  },
];

const panel = (page: Page) => page.getByRole("list", { name: "Claims in text order" });
const claimButtons = (page: Page) => claimCards(page);
const selectedClaim = (page: Page) => panel(page).locator('button[aria-current="true"]');

test.beforeEach(async ({ page }) => {
  await signIn(page, "reviewer");
  await openSampleArticle(page);
});

test("shows the article with its byline, dateline and paragraphs", async ({ page }) => {
  await expect(page.getByTestId("byline")).toHaveText("by Paul Godfrey");
  await expect(page.getByTestId("dateline")).toHaveText("Washington DC (UPI) Apr 28, 2025");
  await expect(page.getByTestId("article-text").locator("p")).toHaveCount(18);
});

test("every seeded claim is highlighted and listed in text order with its status", async ({ page }) => {
  await expect(claimButtons(page)).toHaveCount(seeded.length);
  for (const [index, claim] of seeded.entries()) {
    const item = claimButtons(page).nth(index);
    await expect(item).toContainText(claim.quote);
    await expect(item).toContainText(claim.status);
    if (claim.rating) await expect(item).toContainText(claim.rating);
    const id = await item.getAttribute("data-claim-id");
    const marks = page.locator(`mark[data-claim-ids~="${id}"]`);
    await expect(marks.first()).toBeVisible();
    const highlighted = (await marks.allTextContents()).join("");
    expect(highlighted).toContain(claim.quote);
  }
  // The disputed claim shows both proposed ratings.
  await expect(claimButtons(page).nth(2)).toContainText("Mostly true (proposed)");
});

test("clicking a highlight selects its claim in the panel", async ({ page }) => {
  await page.getByTestId("article-text").getByText("have not fought a war in more than five decades").click();
  await expect(selectedClaim(page)).toContainText("have not fought a war in more than five decades");
  await expect(selectedClaim(page)).toContainText("Needs verdict");
  await expect(page).toHaveURL(/#claim-/);
});

test("clicking a claim in the panel marks its highlight", async ({ page }) => {
  const item = claimButtons(page).nth(7);
  await item.click();
  await expect(item).toHaveAttribute("aria-current", "true");
  const id = await item.getAttribute("data-claim-id");
  const mark = page.locator(`mark[data-claim-ids~="${id}"]`).first();
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveCSS("outline-style", "solid");
  // Highlights of other claims are not marked.
  const other = await claimButtons(page).nth(0).getAttribute("data-claim-id");
  await expect(page.locator(`mark[data-claim-ids~="${other}"]`).first()).toHaveCSS("outline-style", "none");
});

test("nested claims are each selectable: clicks step from the inner to the outer claim", async ({ page }) => {
  const nested = page.getByTestId("article-text").locator("mark", { hasText: "eight months after" }).first();
  await nested.click();
  await expect(selectedClaim(page)).toContainText("Ukrainian forces occupied parts of Kursk region");
  await nested.click();
  await expect(selectedClaim(page)).toContainText("North Korean troops helped Russia recapture Kursk");
});

test("keyboard users move from claim to claim and see which is selected", async ({ page }) => {
  await page.getByRole("button", { name: "Next claim" }).focus();
  await page.keyboard.press("Enter");
  await expect(selectedClaim(page)).toContainText(seeded[0]!.quote);
  await page.keyboard.press("Enter");
  await expect(selectedClaim(page)).toContainText(seeded[1]!.quote);

  // In the list: arrow keys, Home and End, with focus following the selection.
  await selectedClaim(page).focus();
  await page.keyboard.press("ArrowDown");
  await expect(selectedClaim(page)).toContainText(seeded[2]!.quote);
  await expect(selectedClaim(page)).toBeFocused();
  await page.keyboard.press("End");
  await expect(selectedClaim(page)).toContainText(seeded.at(-1)!.quote);
  await page.keyboard.press("ArrowUp");
  await expect(selectedClaim(page)).toContainText(seeded.at(-2)!.quote);
  await page.keyboard.press("Home");
  await expect(selectedClaim(page)).toContainText(seeded[0]!.quote);
  await expect(page.getByTestId("selection-announcement")).toContainText("Claim 1 of 11 selected");
  await page.keyboard.press("Tab");
  await expect(selectedClaim(page)).not.toBeFocused();
});

test("a claim link from the URL opens with that claim selected", async ({ page }) => {
  const id = await claimButtons(page).nth(5).getAttribute("data-claim-id");
  await page.goto(`${new URL(page.url()).pathname}#claim-${id}`);
  await page.reload();
  await expect(selectedClaim(page)).toContainText(seeded[5]!.quote);
});

test("an unknown article id gives the 404 page", async ({ page }) => {
  const response = await page.goto("/articles/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Article not found" })).toBeVisible();
  await page.getByRole("link", { name: "Back to all articles" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
});
