import { expect, type Page } from "@playwright/test";

/** Opens an article page and waits until it is interactive (React hydrated). */
export async function openArticle(page: Page, articleId: string): Promise<void> {
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("article-workspace")).toHaveAttribute("data-hydrated", "true");
}

/** The claim cards in the panel, in text order (not the action buttons under the selected one). */
export const claimCards = (page: Page) =>
  page.getByRole("list", { name: "Claims in text order" }).locator("button[data-claim-id]");
