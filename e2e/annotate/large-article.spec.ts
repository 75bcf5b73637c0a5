import { expect, test, type Page } from "@playwright/test";
import {
  claimList,
  expectCardBesideHighlight,
  claimCardItem,
  claimCards,
  claimHighlightStart,
  openArticle,
} from "../support/article-page";
import { signIn } from "../support/demo";
import { createLargeFixtureArticle } from "../support/fixtures";
import { dragSelect } from "../support/select-text";

/**
 * A 100,000-character article with 1,000 claims stays usable. These tests
 * check behaviour, not time (timings are in `npm run bench`): the page shows
 * every highlight, selecting a claim does not touch the article's DOM, and
 * marking a claim re-renders only the paragraph it is in.
 */
test.describe.configure({ timeout: 90_000 });

async function watchArticleMutations(page: Page) {
  await page.getByTestId("article-text").evaluate((root) => {
    const touched = new Set<Element>();
    (window as unknown as { touched: Set<Element> }).touched = touched;
    new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        const paragraph = target?.closest("p[data-start]");
        if (paragraph) touched.add(paragraph);
      }
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return () => page.evaluate(() => (window as unknown as { touched: Set<Element> }).touched.size);
}

test("a 100,000-character article with 1,000 claims: selecting a claim changes no paragraph, marking one changes one", async ({
  page,
}) => {
  const article = await createLargeFixtureArticle();
  await signIn(page, "editor");
  await openArticle(page, article.id);
  await expect(claimCards(page)).toHaveCount(1000);
  await expect(page.getByRole("heading", { name: "Claims (1000)" })).toBeVisible();

  const touchedParagraphs = await watchArticleMutations(page);
  await claimCards(page).nth(500).click();
  await expect(claimCards(page).nth(500)).toHaveAttribute("aria-current", "true");
  await page.getByRole("button", { name: "Next claim" }).click();
  await expect(claimCards(page).nth(501)).toHaveAttribute("aria-current", "true");
  expect(await touchedParagraphs()).toBe(0);

  // Mark a new claim in the last paragraph: only that paragraph re-renders.
  const lastParagraph = article.text.slice(article.text.lastIndexOf("\n\n") + 2);
  await dragSelect(page, lastParagraph.split(" ").slice(0, 4).join(" "));
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  await page
    .getByRole("dialog", { name: "Mark as claim" })
    .getByRole("button", { name: "Save claim" })
    .click();
  await expect(page.getByRole("heading", { name: "Claims (1001)" })).toBeVisible();
  await expect(page.getByTestId("editor-notice")).toHaveText("Claim marked.");
  expect(await touchedParagraphs()).toBe(1);
});

test("with 1,000 claims the margin column stays usable: the selected card sits beside its highlight", async ({
  page,
}) => {
  const article = await createLargeFixtureArticle();
  await signIn(page, "reviewer");
  await openArticle(page, article.id);
  await expect(claimList(page)).toHaveAttribute("data-layout", "margin");
  await expect(claimCards(page)).toHaveCount(1000);
  const touchedParagraphs = await watchArticleMutations(page);

  const ids = await claimCards(page).evaluateAll((cards) =>
    cards.map((card) => card.getAttribute("data-claim-id")!),
  );
  for (const [index, id] of [
    [500, ids[500]!],
    [501, ids[501]!],
  ] as const) {
    if (index === 500) await claimCards(page).nth(500).click();
    else await page.getByRole("button", { name: "Next claim" }).click();
    await expect(claimCards(page).nth(index)).toHaveAttribute("aria-current", "true");
    await expect(page.getByTestId("selection-announcement")).toContainText(
      `Claim ${index + 1} of 1000 selected`,
    );
    await expect(claimHighlightStart(page, id)).toBeInViewport();
    await expectCardBesideHighlight(page, id);
    await expect(claimCardItem(page, id).locator("button[data-claim-id]")).toBeInViewport();
  }
  expect(await touchedParagraphs()).toBe(0);
});
