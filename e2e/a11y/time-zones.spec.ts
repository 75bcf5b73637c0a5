import { expect, test, type Page } from "@playwright/test";
import { openClaim } from "../support/claim-page";
import { signIn } from "../support/demo";
import { createFixtureArticle, database } from "../support/fixtures";

/*
 * Moments show in the reader's time zone, naming it, with UTC on hover
 * (the title). The fixture's approval and text revision get fixed moments.
 */

const approvedAt = new Date("2026-03-04T03:30:00Z");
const revisedAt = new Date("2026-03-04T20:00:00Z");

async function datedFixture() {
  const article = await createFixtureArticle(
    ["The port handled 41 million tonnes of cargo last year, the authority said."],
    [{ quote: "handled 41 million tonnes", verdicts: 1, approved: true }],
  );
  const db = await database();
  await db.review.updateMany({
    where: { verdictRevision: { verdictId: article.verdictIds[0]![0]! } },
    data: { createdAt: approvedAt },
  });
  await db.articleRevision.updateMany({ where: { articleId: article.id }, data: { createdAt: revisedAt } });
  return article;
}

const moment = (page: Page, utc: string) => page.locator(`time[title="${utc}"]`);

test.describe("in New York", () => {
  test.use({ timezoneId: "America/New_York" });

  test("a review's time shows in New York time, the evening before the UTC day, with UTC on hover", async ({
    page,
  }) => {
    const article = await datedFixture();
    await signIn(page, "viewer");
    await openClaim(page, article.claimIds[0]!);
    const approval = moment(page, "4 Mar 2026, 03:30 UTC");
    await expect(approval).toHaveText("3 Mar 2026, 22:30 GMT-5");
    await expect(approval).toHaveAttribute("datetime", approvedAt.toISOString());
  });

  test("the text history shows its revisions in New York time", async ({ page }) => {
    const article = await datedFixture();
    await signIn(page, "viewer");
    await page.goto(`/articles/${article.id}/revisions`);
    await expect(moment(page, "4 Mar 2026, 20:00 UTC")).toHaveText("4 Mar 2026, 15:00 GMT-5");
  });
});

test.describe("in Tokyo", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("a revision made in the UTC evening shows on the next day", async ({ page }) => {
    const article = await datedFixture();
    await signIn(page, "viewer");
    await page.goto(`/articles/${article.id}/revisions`);
    await expect(moment(page, "4 Mar 2026, 20:00 UTC")).toHaveText("5 Mar 2026, 05:00 GMT+9");
    await openClaim(page, article.claimIds[0]!);
    await expect(moment(page, "4 Mar 2026, 03:30 UTC")).toHaveText("4 Mar 2026, 12:30 GMT+9");
  });
});
