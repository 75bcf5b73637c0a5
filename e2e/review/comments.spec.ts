import { expect, test } from "@playwright/test";
import { openClaim } from "../support/claim-page";
import { signIn } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";

test("reviewers and editors discuss a claim; comments show as typed text; viewers only read", async ({
  page,
}) => {
  const article = await createFixtureArticle(
    ["The mayor said crime fell by a third."],
    [{ quote: "crime fell by a third" }],
  );
  const claimId = article.claimIds[0]!;
  await signIn(page, "reviewer");
  await openClaim(page, claimId);
  await expect(page.getByText("No comments yet.")).toBeVisible();
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText("Write a comment.")).toBeVisible();
  await page.getByLabel("Add a comment").fill("Which year does the mayor compare with? <b>not bold</b>");
  await page.getByRole("button", { name: "Post comment" }).click();
  const comments = page.getByRole("list", { name: "Comments" });
  await expect(comments).toContainText("Which year does the mayor compare with? <b>not bold</b>");
  await expect(comments.locator("b")).toHaveCount(0);
  await expect(page.getByTestId("timeline")).toContainText("Rita Reviewer commented");

  await page.context().clearCookies();
  await signIn(page, "viewer");
  await openClaim(page, claimId);
  await expect(page.getByRole("list", { name: "Comments" })).toContainText(
    "Which year does the mayor compare with?",
  );
  await expect(page.getByLabel("Add a comment")).toHaveCount(0);
});
