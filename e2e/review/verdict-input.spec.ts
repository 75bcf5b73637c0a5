import { expect, test } from "@playwright/test";
import { fillVerdictForm, openClaim } from "../support/claim-page";
import { signIn } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";

const paragraphs = ["Officials said unemployment fell to 4.1 percent in March."];
const good = {
  rating: "true",
  summary: "The statistics office reported 4.1 percent.",
  sources: [{ url: "https://stats.example.org/march", title: "March labour survey" }],
  submit: true,
};

test.describe("bad verdict input gets a field-level message and writes nothing", () => {
  const cases = [
    {
      name: "a javascript: source URL",
      body: { ...good, sources: [{ url: "javascript:alert(1)", title: "x" }] },
      field: "sources.0.url",
      message: "starting with http:// or https://",
    },
    {
      name: "an empty summary",
      body: { ...good, summary: "  " },
      field: "summary",
      message: "Write a one-sentence summary.",
    },
    {
      name: "an over-long rationale",
      body: { ...good, rationale: "x".repeat(10_001) },
      field: "rationale",
      message: "Keep the rationale under 10,000 characters.",
    },
    {
      name: "an unknown rating",
      body: { ...good, rating: "sort-of-true" },
      field: "rating",
      message: "Choose a rating from the scale.",
    },
  ];
  for (const { name, body, field, message } of cases) {
    test(name, async ({ page }) => {
      const article = await createFixtureArticle(paragraphs, [{ quote: "unemployment fell to 4.1 percent" }]);
      const claimId = article.claimIds[0]!;
      await signIn(page, "reviewer");
      const response = await page.request.post(`/api/v1/claims/${claimId}/verdicts`, { data: body });
      expect(response.status()).toBe(422);
      const error = (await response.json()).error;
      expect(error.code).toBe("VALIDATION");
      expect(error.details.fields[field]).toContain(message);
      await openClaim(page, claimId);
      await expect(page.getByRole("article", { name: /Verdict by/ })).toHaveCount(0);
    });
  }

  test("in the form: a javascript: URL and an empty summary are marked on their fields", async ({ page }) => {
    const article = await createFixtureArticle(paragraphs, [{ quote: "unemployment fell to 4.1 percent" }]);
    await signIn(page, "reviewer");
    await openClaim(page, article.claimIds[0]!);
    await page.getByRole("button", { name: "Write a verdict" }).click();
    await fillVerdictForm(page, {
      rating: "True",
      summary: "",
      sources: [{ url: "javascript:alert(1)", title: "Evil" }],
    });
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByLabel("Summary")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Write a one-sentence summary.")).toBeVisible();
    await expect(
      page.getByRole("group", { name: "Source 1" }).getByLabel("URL", { exact: true }),
    ).toHaveAttribute("aria-invalid", "true");
    await expect(
      page.getByText("Enter a full web address for the source URL, starting with http:// or https://."),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByRole("article", { name: /Verdict by/ })).toHaveCount(0);
  });

  test("submitting without sources is refused, saving a draft is not", async ({ page }) => {
    const article = await createFixtureArticle(paragraphs, [{ quote: "unemployment fell to 4.1 percent" }]);
    await signIn(page, "reviewer");
    await openClaim(page, article.claimIds[0]!);
    await page.getByRole("button", { name: "Write a verdict" }).click();
    await fillVerdictForm(page, { rating: "True", summary: "The statistics office reported 4.1 percent." });
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByText("Add at least 1 source before submitting for review.")).toBeVisible();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByTestId("verdict-state")).toHaveText("Draft (not yet submitted)");
  });
});

test("a rationale with HTML and a javascript: link is shown as safe text", async ({ page }) => {
  const article = await createFixtureArticle(paragraphs, [{ quote: "unemployment fell to 4.1 percent" }]);
  const claimId = article.claimIds[0]!;
  await signIn(page, "reviewer");
  const rationale =
    'See <img src=x onerror="window.pwned=1"> and [this](javascript:window.pwned=2) and <script>window.pwned=3</script> **bold**';
  const response = await page.request.post(`/api/v1/claims/${claimId}/verdicts`, {
    data: { ...good, rationale },
  });
  expect(response.status()).toBe(201);
  await openClaim(page, claimId);
  const verdict = page.getByRole("article", { name: "Verdict by Rita Reviewer" });
  await expect(verdict.locator("strong", { hasText: "bold" })).toBeVisible();
  await expect(verdict.locator("img, script")).toHaveCount(0);
  await expect(verdict.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(verdict).toContainText('<img src=x onerror="window.pwned=1">');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
