import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoClaims } from "../../prisma/seed/demo-claims";
import { sampleTitle, signIn } from "../support/demo";
import { createClaimInReview, reviewFixtureVerdict } from "../support/queue-fixtures";
import { seriousViolations } from "../support/axe";

// The demo article is shared and read-only, and other tests add fixture
// articles at the same time: assert on what a queue contains, not its length.

function statement(quoteStart: string): string {
  const claim = demoClaims.find((c) => c.quote.startsWith(quoteStart));
  if (!claim) throw new Error(`No demo claim quoting "${quoteStart}"`);
  return claim.statement;
}

const queue = (page: Page, name: string) => page.getByRole("region", { name });
const item = (section: Locator, text: string) => section.getByTestId("queue-claim").filter({ hasText: text });
const myWorkLink = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByTestId("my-work-link");

async function expectClaimItem(section: Locator, text: string, status: string) {
  const row = item(section, text);
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("link", { name: text })).toHaveAttribute("href", /^\/claims\/[^/]+$/);
  await expect(row).toContainText(sampleTitle);
  await expect(row.locator("[data-status]")).toHaveAttribute("data-status", status);
  return row;
}

/** The header's count (from the link's accessible name) and the sum of the counted sections on the page. */
async function headerAndPageCounts(page: Page, counted: string[]) {
  const name = (await myWorkLink(page).getAttribute("aria-label")) ?? "";
  const header = Number(/^My work, (\d+) items?$/.exec(name)?.[1] ?? NaN);
  let sections = 0;
  for (const id of counted) {
    sections += Number(await page.getByTestId(`queue-${id}`).getAttribute("data-total"));
  }
  return { header, sections };
}

test("a reviewer sees the demo claims waiting for their review, their verdict sent back and their draft", async ({
  page,
}) => {
  await signIn(page, "reviewer");
  await page.goto("/my-work");
  await expect(page.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();

  const waiting = queue(page, "Waiting for your review");
  await expectClaimItem(waiting, statement("the North Korean contingent had aided"), "disputed");
  await expectClaimItem(waiting, statement("eight months after"), "in_review");
  await expectClaimItem(waiting, statement("United States, South Korea and Ukraine saying"), "in_review");
  // Rita's own verdicts and the approved claims are not waiting for her.
  await expect(item(waiting, statement("about 4,000"))).toHaveCount(0);
  await expect(item(waiting, statement("a mutual defense pact"))).toHaveCount(0);

  const sentBack = queue(page, "Your verdicts with requested changes");
  await expectClaimItem(sentBack, statement("about 4,000"), "changes_requested");
  const rating = item(sentBack, statement("about 4,000")).locator("[data-rating]");
  await expect(rating).toHaveAttribute("data-rating", "unproven");

  await expectClaimItem(queue(page, "Your drafts"), statement("two Chinese citizens"), "needs_verdict");
  await expect(queue(page, "Claims that need a verdict")).toHaveCount(0);
});

test("an editor sees the claims that need a verdict and the dispute to resolve", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/my-work");
  const needsVerdict = queue(page, "Claims that need a verdict");
  for (const quote of ["have not fought a war", "two Chinese citizens", "the two Chinese fighters"]) {
    await expectClaimItem(needsVerdict, statement(quote), "needs_verdict");
  }
  await expect(item(needsVerdict, statement("Comrade Kim Jong Un"))).toHaveCount(0);

  const disputes = queue(page, "Disputes to resolve");
  const dispute = await expectClaimItem(
    disputes,
    statement("the North Korean contingent had aided"),
    "disputed",
  );
  await expect(dispute.locator("[data-rating]")).toHaveCount(2);
  await expect(queue(page, "Articles ready to publish")).toBeVisible();
  await expect(queue(page, "Waiting for your review")).toHaveCount(0);
});

test("a viewer is told they have no queue and pointed to the articles", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(myWorkLink(page)).toHaveAccessibleName("My work");
  await page.goto("/my-work");
  await expect(page.getByTestId("no-queue")).toContainText("Viewers have no work queue");
  await expect(page.getByRole("region")).toHaveCount(0);
  await page.getByRole("link", { name: "Browse the articles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
});

test("the header count matches the items needing action, and the link works by keyboard", async ({
  page,
}) => {
  await signIn(page, "reviewer");
  await expect(myWorkLink(page)).toHaveAccessibleName(/^My work, \d+ items?$/);
  // Reach the link with Tab alone, from the top of the page.
  await page.locator("body").focus();
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press("Tab");
    if (await myWorkLink(page).evaluate((link) => link === document.activeElement)) break;
  }
  await expect(myWorkLink(page)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/my-work$/);
  await expect(page.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();

  // Other tests add work concurrently: reload until one render is read whole.
  await expect(async () => {
    await page.reload();
    const counts = await headerAndPageCounts(page, ["awaiting-review", "changes-requested"]);
    expect(counts.header).toBe(counts.sections);
    await expect(page.getByTestId("my-work-count")).toHaveText(String(counts.header));
  }).toPass();
});

test("an admin's count adds both queues, and the header links to the admin pages", async ({ page }) => {
  await signIn(page, "admin");
  await expect(page.getByRole("link", { name: "Admin" })).toHaveAttribute("href", "/admin/ratings");
  await page.goto("/my-work");
  await expect(async () => {
    await page.reload();
    const counted = ["awaiting-review", "changes-requested", "needs-verdict", "disputed", "ready-to-publish"];
    const counts = await headerAndPageCounts(page, counted);
    expect(counts.header).toBe(counts.sections);
  }).toPass();
  await page.context().clearCookies();
  await signIn(page, "editor");
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
});

test("a verdict leaves the queue once reviewed, and an approved article is ready to publish", async ({
  page,
}) => {
  const fixture = await createClaimInReview();
  await signIn(page, "reviewer2");
  await page.goto("/my-work");
  await expect(item(queue(page, "Waiting for your review"), fixture.statement)).toHaveCount(1);

  await reviewFixtureVerdict(fixture.claimId, "reviewer2@example.com", "approve");
  await page.reload();
  await expect(item(queue(page, "Waiting for your review"), fixture.statement)).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, "editor");
  await page.goto("/my-work");
  const ready = queue(page, "Articles ready to publish");
  await ready.getByRole("link", { name: fixture.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: fixture.title })).toBeVisible();
});

for (const role of ["reviewer", "editor"] as const) {
  test(`"My work" has no serious accessibility violations for a ${role}`, async ({ page }) => {
    await signIn(page, role);
    await page.goto("/my-work");
    await expect(page.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
