import { expect, type Page } from "@playwright/test";

/** Opens a claim's page and waits until its forms are interactive. */
export async function openClaim(page: Page, claimId: string): Promise<void> {
  await page.goto(`/claims/${claimId}`);
  await expect(page.getByRole("heading", { name: /^Verdicts/ })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

export interface SourceEntry {
  url: string;
  title: string;
  publisher?: string;
}

/** Fills the verdict form: rating, summary, rationale and sources (adding rows as needed). */
export async function fillVerdictForm(
  page: Page,
  verdict: { rating: string; summary: string; rationale?: string; sources?: SourceEntry[] },
): Promise<void> {
  const form = page.getByRole("form", { name: /Write a verdict|Revise verdict/ });
  await form.getByRole("radio", { name: new RegExp(`^${verdict.rating} `) }).check();
  await form.getByLabel("Summary").fill(verdict.summary);
  if (verdict.rationale !== undefined) await form.getByLabel("Rationale").fill(verdict.rationale);
  for (const [index, source] of (verdict.sources ?? []).entries()) {
    const fieldset = form.getByRole("group", { name: `Source ${index + 1}` });
    if ((await fieldset.count()) === 0) await form.getByRole("button", { name: "Add a source" }).click();
    await fieldset.getByLabel("URL", { exact: true }).fill(source.url);
    await fieldset.getByLabel("Title", { exact: true }).fill(source.title);
    if (source.publisher) await fieldset.getByLabel("Publisher").fill(source.publisher);
  }
}

export const verdictByAuthor = (page: Page, author: string) =>
  page.getByRole("article", { name: `Verdict by ${author}` });
