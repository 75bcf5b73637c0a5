import { expect, type Page } from "@playwright/test";

/** Opens an article page and waits until it is interactive (React hydrated). */
export async function openArticle(page: Page, articleId: string): Promise<void> {
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByTestId("article-workspace")).toHaveAttribute("data-hydrated", "true");
}

/** The claim list: data-layout="margin" beside the text on wide screens, "list" on narrow ones. */
export const claimList = (page: Page) => page.getByRole("list", { name: "Claims in text order" });

/** The claim cards in the panel, in text order (not the action buttons under the selected one). */
export const claimCards = (page: Page) => claimList(page).locator("button[data-claim-id]");

/** The margin card (list item) of a claim: its card button and, once selected, what it opens to. */
export const claimCardItem = (page: Page, claimId: string) => page.locator(`li[data-card-for="${claimId}"]`);

/** The highlight segment where a claim starts (it carries the claim's number badge). */
export const claimHighlightStart = (page: Page, claimId: string) =>
  page.locator(`mark[data-claim-starts~="${claimId}"]`);

/**
 * How far a claim's card sits below the top of its highlight, in CSS pixels
 * (negative: above it). Read in one frame, so a scroll in progress moves both.
 */
export async function cardOffsetFromHighlight(page: Page, claimId: string): Promise<number> {
  return page.evaluate((id) => {
    const card = document.querySelector(`li[data-card-for="${CSS.escape(id)}"]`);
    const mark = document.querySelector(`mark[data-claim-starts~="${CSS.escape(id)}"]`);
    if (!card || !mark) throw new Error(`No card or highlight for claim ${id}`);
    return card.getBoundingClientRect().top - mark.getBoundingClientRect().top;
  }, claimId);
}

/** Waits until a claim's card sits level with its highlight (within 3 px, as a scroll settles). */
export async function expectCardBesideHighlight(page: Page, claimId: string): Promise<void> {
  await expect
    .poll(async () => Math.abs(await cardOffsetFromHighlight(page, claimId)))
    .toBeLessThanOrEqual(3);
}

/** The vertical extent of each claim's card, in the order given. */
export async function cardBoxes(page: Page, claimIds: readonly string[]) {
  return page.evaluate(
    (ids) =>
      ids.map((id) => {
        const rect = document.querySelector(`li[data-card-for="${CSS.escape(id)}"]`)!.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom };
      }),
    claimIds,
  );
}
