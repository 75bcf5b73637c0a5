import { expect, test } from "@playwright/test";
import { seriousViolations } from "../support/axe";
import { AGREEMENT_FIXTURE_FIGURES as FIGURES, createAgreementFixture } from "../support/agreement";
import { signIn } from "../support/demo";

test.describe("the Quality page", () => {
  test("an admin sees agreement computed from the reviewers' ratings, by range, pair, article and month", async ({
    page,
  }) => {
    const fixture = await createAgreementFixture();
    await signIn(page, "admin");
    await page.goto("/admin/ratings");
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Quality" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Quality" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Quality" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByText(/rely on 0\.8 or more, and treat 0\.667 to 0\.8 as tentative/)).toBeVisible();

    // The GET form: the fixture's month, typed in and submitted.
    const form = page.getByRole("form", { name: "Date range" });
    await form.getByLabel("From").fill(fixture.from);
    await form.getByLabel("To").fill(fixture.to);
    await form.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${fixture.from}&to=${fixture.to}`));
    await expect(
      page.getByRole("heading", { name: `From ${fixture.from} to ${fixture.to} (UTC)` }),
    ).toBeVisible();

    const overview = page.getByTestId("agreement-overview");
    await expect(overview).toContainText(`Krippendorff's alpha (ordinal)${FIGURES.alpha} ${FIGURES.band}`);
    await expect(overview).toContainText(`Raw agreement${FIGURES.rawAgreement}`);
    await expect(overview).toContainText(`Claims rated by two or more reviewers${FIGURES.pairableClaims}`);
    await expect(overview).toContainText(`Reviewers compared${FIGURES.reviewers}`);

    const pair = page.getByTestId("reviewer-pair-row");
    await expect(pair).toHaveCount(1);
    await expect(pair.getByRole("rowheader")).toHaveText(
      /^(Rita Reviewer and Rafael Reviewer|Rafael Reviewer and Rita Reviewer)$/,
    );
    await expect(pair).toContainText(
      `${FIGURES.alpha} ${FIGURES.band}${FIGURES.rawAgreement}${FIGURES.pairableClaims}`,
    );

    // The chart's picture has its words: a title and description, and the table after it.
    const chart = page.getByRole("img", { name: "Krippendorff's alpha per month" });
    await expect(chart).toBeVisible();
    await expect(page.locator("#alpha-chart-desc")).toContainText(`${FIGURES.alpha} (reliable)`);
    await expect(page.getByTestId("alpha-by-month").getByRole("row")).toHaveCount(2);
    await expect(page.getByTestId("alpha-by-month")).toContainText(`${FIGURES.alpha} ${FIGURES.band}`);

    const articleRow = page.getByTestId("article-agreement-row");
    await expect(articleRow).toHaveCount(1);
    await expect(articleRow).toContainText(`${FIGURES.alpha} ${FIGURES.band}${FIGURES.rawAgreement}32`);
    expect(await seriousViolations(page)).toEqual([]);
    await articleRow.getByRole("link", { name: fixture.title }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${fixture.articleId}$`));
  });

  test("a range without ratings says what produces data, and a bad date says what to fix", async ({
    page,
  }) => {
    await signIn(page, "admin");
    await page.goto("/admin/quality?from=1900-01-01&to=1900-01-31");
    await expect(page.getByTestId("quality-empty")).toContainText(
      "Agreement is measured on claims two reviewers rated: when a reviewer approves another reviewer’s verdict",
    );
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto("/admin/quality?from=1900-05-01&to=1900-04-01");
    await expect(page.getByText("The to date is before the from date. Swap them.")).toBeVisible();
    const to = page.getByRole("form", { name: "Date range" }).getByLabel("To");
    await expect(to).toHaveAttribute("aria-invalid", "true");
    await expect(to).toHaveAccessibleDescription("The to date is before the from date. Swap them.");
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const role of ["editor", "reviewer"] as const) {
    test(`a ${role} is refused`, async ({ page }) => {
      await signIn(page, role);
      await page.goto("/admin/quality");
      await expect(page.getByTestId("not-allowed")).toContainText(
        "Only admins can see how far reviewers agree.",
      );
      await expect(page.getByTestId("agreement-overview")).toHaveCount(0);
    });
  }
});
