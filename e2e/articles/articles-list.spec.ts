import { expect, test } from "@playwright/test";
import { sampleTitle, signIn } from "../support/demo";

test("the articles list shows the sample article with its progress", async ({ page }) => {
  await signIn(page, "viewer");
  const row = page
    .getByTestId("article-row")
    .filter({ has: page.getByRole("link", { name: sampleTitle, exact: true }) });
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
