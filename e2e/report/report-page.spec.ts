import { expect, test, type Locator } from "@playwright/test";
import { bearer, createToken } from "../support/api";
import { signIn } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";

test.describe.configure({ timeout: 60_000 });

async function reportFixture() {
  return createFixtureArticle(
    ["Exports rose 12% in March, the agency said, and wages rose by 3 percent."],
    [
      { quote: "Exports rose 12% in March", verdicts: 1, approved: true },
      { quote: "wages rose by 3 percent" },
    ],
  );
}

/** Whether `first` comes before `second` in the page (and so in reading and Tab order). */
async function precedes(first: Locator, second: Locator): Promise<boolean> {
  const other = await second.elementHandle();
  return first.evaluate(
    (element, after) =>
      Boolean(element.compareDocumentPosition(after as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
    other,
  );
}

test("the finding comes first; the downloads follow in one section, PDF and HTML first", async ({ page }) => {
  const article = await reportFixture();
  await signIn(page, "editor");
  await page.goto(`/articles/${article.id}/report`);
  const summary = page.locator(".fc-report").getByRole("heading", { name: "Summary" });
  const downloads = page.getByRole("region", { name: "Download" });
  await expect(summary).toBeVisible();
  await expect(downloads).toBeVisible();
  expect(await precedes(summary, downloads.getByRole("heading", { name: "Download" }))).toBe(true);

  const formats = ["PDF", "HTML", "Markdown", "CSV", "JSON", "ClaimReview (JSON-LD)", "W3C Web Annotation"];
  await expect(downloads.getByRole("link")).toHaveText(formats.map((format) => `Download ${format}`));
  for (const format of formats)
    await expect(downloads.getByRole("link", { name: `Download ${format}`, exact: true })).toHaveAttribute(
      "download",
      "",
    );

  // Wide: beside the report. Narrow: below its summary.
  const report = (await page.locator(".fc-report").boundingBox())!;
  expect((await downloads.boundingBox())!.x).toBeGreaterThan(report.x + report.width - 1);
  await page.setViewportSize({ width: 700, height: 900 });
  expect((await downloads.boundingBox())!.y).toBeGreaterThan((await summary.boundingBox())!.y);
});

test("the publication status says whether the live version lists the claims not yet checked", async ({
  page,
  request,
}) => {
  const article = await reportFixture();
  const headers = bearer(await createToken("editor"));
  const publish = (includePending: boolean) =>
    request.post(`/api/v1/articles/${article.id}/publications`, { headers, data: { includePending } });
  await signIn(page, "editor");

  expect((await publish(false)).status()).toBe(201);
  await page.goto(`/articles/${article.id}/report`);
  const status = page.getByTestId("publication-status");
  await expect(status).toContainText("Published version 1");
  await expect(status).toContainText("Version 1 is live. Claims not yet checked are left out.");

  expect((await publish(true)).status()).toBe(201);
  await page.reload();
  await expect(status).toContainText("Version 2 is live. It includes 1 claim not yet checked.");
});
