import { expect, test, type Browser, type Locator } from "@playwright/test";
import { seriousViolations } from "../support/axe";
import { signedInPage } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";
import {
  openPublishPreview,
  previewFrame,
  publishThroughPreview,
  unpublishThroughConfirmation,
} from "../support/publish-dialog";

test.describe.configure({ timeout: 90_000 });

const CHECKED = "Exports rose 12% in March.";
const PENDING = "Wages rose by 3 percent.";

async function articleWithPendingClaim() {
  return createFixtureArticle(
    ["The agency said exports rose 12% in March, and that wages rose by 3 percent in the same month."],
    [
      { quote: "exports rose 12% in March", statement: CHECKED, verdicts: 1, approved: true },
      { quote: "wages rose by 3 percent", statement: PENDING, verdicts: 1 },
    ],
  );
}

/** A page's visible text with the clock time taken out: the preview was made a moment before publishing. */
const withoutClock = (text: string) => text.replace(/\d{2}:\d{2} UTC/g, "HH:MM UTC").trim();

async function visitor(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

async function previewText(dialog: Locator): Promise<string> {
  return previewFrame(dialog).locator("body").innerText();
}

test("publishing shows exactly the public page first, without the claims not yet checked unless asked", async ({
  browser,
}) => {
  const article = await articleWithPendingClaim();
  const editor = await signedInPage(browser, "editor");
  await editor.goto(`/articles/${article.id}/report`);
  const dialog = await openPublishPreview(editor, 1);
  const include = dialog.getByLabel("Include claims not yet checked");
  await expect(include).not.toBeChecked();
  const frame = previewFrame(dialog);
  await expect(frame.locator("body")).toContainText(CHECKED);
  await expect(frame.locator("body")).not.toContainText(PENDING);
  await expect(frame.getByRole("heading", { name: "Not yet checked" })).toHaveCount(0);
  // The preview runs nothing: its iframe is sandboxed with no permissions at all.
  await expect(dialog.locator("iframe")).toHaveAttribute("sandbox", "");
  expect(await seriousViolations(editor)).toEqual([]);

  // Ticking the box changes the preview; unticking changes it back.
  await include.check();
  await expect(frame.getByRole("heading", { name: "Not yet checked" })).toBeVisible();
  await expect(frame.locator("body")).toContainText(PENDING);
  await include.uncheck();
  await expect(frame.getByRole("heading", { name: "Not yet checked" })).toHaveCount(0);
  await expect(dialog.getByRole("button", { name: "Publish version 1", exact: true })).toBeEnabled();
  const previewed = await previewText(dialog);

  await dialog.getByRole("button", { name: "Publish version 1", exact: true }).click();
  await expect(editor.getByTestId("publication-status")).toContainText("Published version 1");

  const reader = await visitor(browser);
  expect((await reader.page.goto(`/public/reports/${article.id}`))?.status()).toBe(200);
  const published = await reader.page.locator("body").innerText();
  expect(withoutClock(published)).toBe(withoutClock(previewed));
  expect(published).not.toContain(PENDING);
  await reader.page.goto(`/public/reports/${article.id}/article`);
  await expect(reader.page.locator("body")).not.toContainText("Not yet checked");

  // Republished with the box ticked, the public page lists them.
  await editor.reload();
  await publishThroughPreview(editor, 2, { includePending: true });
  await reader.page.goto(`/public/reports/${article.id}`);
  await expect(reader.page.getByRole("heading", { name: "Not yet checked" })).toBeVisible();
  await expect(reader.page.locator("body")).toContainText(PENDING);
  await Promise.all([editor.context().close(), reader.context.close()]);
});

test("a republished report carries its correction note on the public pages", async ({ browser }) => {
  const article = await articleWithPendingClaim();
  const editor = await signedInPage(browser, "editor");
  await editor.goto(`/articles/${article.id}/report`);
  await publishThroughPreview(editor, 1);

  const note = "We first said <exports> rose 21%; the figure is 12%.";
  const dialog = await openPublishPreview(editor, 2);
  await dialog.getByLabel("Correction note (optional)").fill(note);
  // What would be published has changed: the preview must be updated before it can be.
  const confirm = dialog.getByRole("button", { name: "Publish version 2", exact: true });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole("button", { name: "Update the preview" }).click();
  await expect(previewFrame(dialog).locator("body")).toContainText(`: ${note}`);
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(editor.getByTestId("publication-status")).toContainText("Published version 2");

  const reader = await visitor(browser);
  const corrected = new RegExp(
    `Corrected on \\d{1,2} [A-Z][a-z]+ \\d{4}: ${note.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
  );
  await reader.page.goto(`/public/reports/${article.id}`);
  await expect(reader.page.getByRole("region", { name: "Corrections" })).toHaveText(corrected);
  await reader.page.goto(`/public/reports/${article.id}/article`);
  await expect(reader.page.getByRole("region", { name: "Corrections" })).toHaveText(corrected);
  // Version 1 was published before the correction and does not carry it.
  await reader.page.goto(`/public/reports/${article.id}/versions/1`);
  await expect(reader.page.getByRole("region", { name: "Corrections" })).toHaveCount(0);
  await Promise.all([editor.context().close(), reader.context.close()]);
});

test("taking the report down asks first", async ({ browser }) => {
  const article = await articleWithPendingClaim();
  const editor = await signedInPage(browser, "editor");
  await editor.goto(`/articles/${article.id}/report`);
  await publishThroughPreview(editor, 1);
  const reader = await visitor(browser);

  await editor.getByRole("button", { name: "Unpublish" }).click();
  const dialog = editor.getByRole("dialog", { name: "Take the public report down?" });
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(editor)).toEqual([]);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  expect((await reader.page.goto(`/public/reports/${article.id}`))?.status()).toBe(200);

  await unpublishThroughConfirmation(editor);
  expect((await reader.page.goto(`/public/reports/${article.id}`))?.status()).toBe(404);
  await Promise.all([editor.context().close(), reader.context.close()]);
});
