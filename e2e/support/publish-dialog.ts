import { expect, type Locator, type Page } from "@playwright/test";

/*
 * Publishing from the report page goes through a preview dialog, and
 * taking the report down through a confirmation: the steps every spec that
 * publishes in the browser takes.
 */

/** Opens the preview of the next version; returns the dialog once its preview has loaded. */
export async function openPublishPreview(page: Page, version: number): Promise<Locator> {
  const opener = version === 1 ? "Preview and publish" : `Preview and republish as version ${version}`;
  await page.getByRole("button", { name: opener, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Preview of version ${version}` });
  await expect(dialog.getByRole("button", { name: `Publish version ${version}`, exact: true })).toBeEnabled();
  return dialog;
}

/** The preview's document, as the sandboxed iframe shows it. */
export function previewFrame(dialog: Locator) {
  return dialog.frameLocator('iframe[title="Preview of the public report"]');
}

/** Publishes the next version through its preview, with the given choices; waits until it is live. */
export async function publishThroughPreview(
  page: Page,
  version: number,
  choices: { includePending?: boolean; correction?: string } = {},
): Promise<void> {
  const dialog = await openPublishPreview(page, version);
  if (choices.includePending) await dialog.getByLabel("Include claims not yet checked").check();
  if (choices.correction) {
    await dialog.getByLabel("Correction note (optional)").fill(choices.correction);
    await dialog.getByRole("button", { name: "Update the preview" }).click();
  }
  const confirm = dialog.getByRole("button", { name: `Publish version ${version}`, exact: true });
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("publication-status")).toContainText(`Published version ${version}`);
}

/** Takes the report down, confirming in the dialog. */
export async function unpublishThroughConfirmation(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Unpublish" }).click();
  const dialog = page.getByRole("dialog", { name: "Take the public report down?" });
  await dialog.getByRole("button", { name: "Take down" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("publication-status")).toContainText("Not published");
}
