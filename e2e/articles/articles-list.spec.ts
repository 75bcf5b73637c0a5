import { expect, test, type Page } from "@playwright/test";
import { sampleTitle, signIn } from "../support/demo";

const sampleRow = (page: Page) =>
  page.getByTestId("article-row").filter({ has: page.getByRole("link", { name: sampleTitle, exact: true }) });

/**
 * The list is paginated newest first and the sample article is the oldest,
 * so other tests' articles may push it to a later page: follow "Next page".
 */
async function findSampleArticle(page: Page) {
  for (let pages = 0; pages < 50; pages += 1) {
    if ((await sampleRow(page).count()) > 0) return sampleRow(page);
    const before = page.url();
    await page.getByRole("link", { name: "Next page" }).click();
    await page.waitForURL((url) => url.href !== before);
  }
  throw new Error("The sample article is on none of the first 50 pages.");
}

/** A cursor past the oldest possible article: the page after it is empty. */
const pastTheEnd = Buffer.from(JSON.stringify(["1970-01-01T00:00:00.000Z", "0"])).toString("base64url");

test("the articles list shows the sample article with its progress", async ({ page }) => {
  await signIn(page, "viewer");
  const row = await findSampleArticle(page);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(/Published\s*28 April 2025/);
  await expect(row).toContainText("Washington DC (UPI) Apr 28, 2025");
  await expect(row.getByTestId("claim-count")).toHaveText("11");
  // 3 approved + 1 dismissed of 11 claims = 36% done.
  await expect(row).toContainText("36% done");
  const bar = row.getByRole("img");
  await expect(bar).toHaveAttribute(
    "aria-label",
    "11 claims: 3 needs verdict, 2 in review, 1 changes requested, 1 disputed, 3 approved, 1 dismissed",
  );
  const legend = row.getByRole("list", { name: "Claims by status" });
  for (const text of [
    "3 needs verdict",
    "2 in review",
    "1 changes requested",
    "1 disputed",
    "3 approved",
    "1 dismissed",
  ]) {
    await expect(legend).toContainText(text);
  }
  await expect(row).not.toContainText("Ready to publish");
  // Per rating: the three approved claims are all rated True.
  await expect(row.getByRole("list", { name: "Approved claims by rating" })).toHaveText("3TTrue");
});

test("the status filter lists the disputed sample article, and marks the filter chosen", async ({ page }) => {
  await signIn(page, "viewer");
  const filters = page.getByRole("navigation", { name: "Filter articles by status" });
  await filters.getByRole("link", { name: "Disputed" }).click();
  await expect(page).toHaveURL(/[?&]status=disputed/);
  await expect(filters.getByRole("link", { name: "Disputed" })).toHaveAttribute("aria-current", "page");
  await expect(filters.getByRole("link", { name: "All" })).not.toHaveAttribute("aria-current", "page");
  await expect(await findSampleArticle(page)).toHaveCount(1);
  // Paging keeps the filter.
  for (const link of await page
    .getByRole("navigation", { name: "Pages of articles" })
    .getByRole("link")
    .all())
    await expect(link).toHaveAttribute("href", /status=disputed/);
});

test("an empty page says so, and the keyboard gets back to the first page", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto(`/?status=ready_to_publish&cursor=${pastTheEnd}`);
  await expect(page.getByTestId("article-row")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "No articles here" })).toBeVisible();
  await expect(page.getByText("No articles are “Ready to publish” right now.")).toBeVisible();
  const first = page.getByRole("link", { name: "← First page" });
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/\?status=ready_to_publish$/);
  await expect(page.getByRole("link", { name: "← First page" })).toHaveCount(0);
});
