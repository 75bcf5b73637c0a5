import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { claimCards, openArticle } from "../support/article-page";
import { seriousViolations } from "../support/axe";
import { signIn } from "../support/demo";
import { emptySnapshot } from "../support/published-snapshot";
import { createFixtureArticle, database } from "../support/fixtures";
import { createOwnedArticles } from "../support/owned-articles";

const rows = (page: Page) => page.getByTestId("article-row");
const rowTitles = (page: Page) => rows(page).getByRole("heading").allTextContents();
const searchForm = (page: Page) => page.getByRole("search", { name: "Search and filter articles" });

/**
 * Two articles that share a word no other article has: "done" has its one
 * claim approved, a live report and was added in January 2024; "open" has
 * an unchecked claim, no report and was added in March 2024.
 */
async function twoArticles() {
  const word = `zq${randomUUID().slice(0, 8)}`;
  const done = await createFixtureArticle(
    [`The mayor said 300 homes were built. Filed under ${word}.`],
    [{ quote: "300 homes", verdicts: 1, approved: true }],
  );
  const open = await createFixtureArticle(
    [`The minister said 40 schools opened. Also filed under ${word.toUpperCase()}.`],
    [{ quote: "40 schools" }],
  );
  const db = await database();
  await db.article.update({ where: { id: done.id }, data: { createdAt: new Date("2024-01-15T10:00:00Z") } });
  await db.article.update({ where: { id: open.id }, data: { createdAt: new Date("2024-03-15T10:00:00Z") } });
  // A real snapshot: the public pages and feeds list every publication in the database.
  const snapshot = JSON.stringify(emptySnapshot(done, new Date()));
  await db.reportPublication.create({ data: { articleId: done.id, version: 1, snapshot } });
  return { word, done: done.title, open: open.title };
}

test("the articles list is searched, filtered and sorted from the URL, and a reload shows the same view", async ({
  page,
}) => {
  const { word, done, open } = await twoArticles();
  await signIn(page, "viewer");

  // Search by keyboard: type, press Enter. The text matches in any case; newest first.
  await searchForm(page).getByLabel("Search titles and text").fill(word);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}`));
  await expect.poll(() => rowTitles(page)).toEqual([open, done]);
  expect(await seriousViolations(page)).toEqual([]);

  // Published state.
  await searchForm(page).getByLabel("Report").selectOption({ label: "Published" });
  await searchForm(page).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]published=published/);
  await expect.poll(() => rowTitles(page)).toEqual([done]);
  await page.reload();
  await expect.poll(() => rowTitles(page)).toEqual([done]);
  await expect(searchForm(page).getByLabel("Report")).toHaveValue("published");
  await expect(searchForm(page).getByLabel("Search titles and text")).toHaveValue(word);

  await searchForm(page).getByLabel("Report").selectOption({ label: "Not published" });
  await searchForm(page).getByRole("button", { name: "Apply" }).click();
  await expect.poll(() => rowTitles(page)).toEqual([open]);

  // Date range, both days included.
  await searchForm(page).getByLabel("Report").selectOption({ label: "Any" });
  await searchForm(page).getByLabel("Added from").fill("2024-01-01");
  await searchForm(page).getByLabel("Added until").fill("2024-01-15");
  await searchForm(page).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/createdFrom=2024-01-01&createdTo=2024-01-15/);
  await expect.poll(() => rowTitles(page)).toEqual([done]);

  // Sort by progress: the approved one leads, although it is older.
  await searchForm(page).getByLabel("Added from").fill("");
  await searchForm(page).getByLabel("Added until").fill("");
  await searchForm(page).getByLabel("Sort").selectOption({ label: "Most progress" });
  await searchForm(page).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]sort=progress/);
  await expect.poll(() => rowTitles(page)).toEqual([done, open]);
  const shared = page.url();

  // A shared URL opens the same view; the status links keep the search and sort.
  await page.goto("/");
  await page.goto(shared);
  await expect.poll(() => rowTitles(page)).toEqual([done, open]);
  await expect(searchForm(page).getByLabel("Sort")).toHaveValue("progress");
  const statusLinks = page.getByRole("navigation", { name: "Filter articles by status" });
  await expect(statusLinks.getByRole("link", { name: "Ready to publish" })).toHaveAttribute(
    "href",
    new RegExp(`q=${word}.*status=ready_to_publish.*sort=progress`),
  );
  await statusLinks.getByRole("link", { name: "Ready to publish" }).click();
  await expect.poll(() => rowTitles(page)).toEqual([done]);
});

test("the pages of a search keep its filters", async ({ page }) => {
  const word = `zq${randomUUID().slice(0, 8)}`;
  // One more than a page (20), each holding the word.
  for (let n = 0; n < 21; n += 1) await createFixtureArticle([`Report ${n} on ${word}.`]);
  await signIn(page, "viewer");
  await page.goto(`/?q=${word}&published=not_published`);
  await expect(rows(page)).toHaveCount(20);
  const next = page
    .getByRole("navigation", { name: "Pages of articles" })
    .getByRole("link", { name: "Next page" });
  await expect(next).toHaveAttribute("href", new RegExp(`q=${word}&published=not_published&cursor=`));
  await next.click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("Fixture");
  await expect(searchForm(page).getByLabel("Search titles and text")).toHaveValue(word);
  await page.getByRole("link", { name: "← Previous page" }).click();
  await expect(rows(page)).toHaveCount(20);
  await expect(page).toHaveURL(new RegExp(`q=${word}&published=not_published&before=`));
});

test("a search that matches nothing says so and offers to clear the filters", async ({ page }) => {
  const { word } = await twoArticles();
  await signIn(page, "viewer");
  await page.goto(`/?q=${word}&published=withdrawn`);
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "No articles match" })).toBeVisible();
  await expect(page.getByText(`No articles containing “${word}”, with report withdrawn.`)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const clear = page.getByRole("link", { name: "Clear filters" }).last();
  await clear.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/$/);
  await expect(rows(page).first()).toBeVisible();
  await expect(searchForm(page).getByLabel("Search titles and text")).toHaveValue("");
});

test("the article page's claims filter by status, rating and claimant, kept in the URL", async ({ page }) => {
  const article = await createFixtureArticle(
    ["The mayor said 300 homes were built. The minister said 40 schools opened. Critics said 12 closed."],
    [
      { quote: "300 homes", claimant: "Mayor Jane Doe", verdicts: 1, approved: true },
      { quote: "40 schools", claimant: "The Minister" },
      { quote: "12 closed", claimant: "Mayor Jane Doe" },
    ],
  );
  await signIn(page, "viewer");
  await openArticle(page, article.id);
  const form = page.getByRole("form", { name: "Filter claims" });
  const highlights = page.locator("mark[data-claim-ids]");
  await expect(claimCards(page)).toHaveCount(3);
  await expect(highlights).toHaveCount(3);

  await form.getByLabel("Claimant").selectOption("Mayor Jane Doe");
  await form.getByRole("button", { name: "Filter claims" }).click();
  await expect(page).toHaveURL(/[?&]claimant=Mayor\+Jane\+Doe/);
  await expect(claimCards(page)).toHaveCount(2);
  await expect(form.getByTestId("claim-filter-count")).toHaveText("Showing 2 of 3 claims.");
  // Every highlight stays in the text; the filters narrow the list only.
  await expect(highlights).toHaveCount(3);

  await form.getByLabel("Status").selectOption({ label: "Needs verdict" });
  await form.getByRole("button", { name: "Filter claims" }).click();
  await expect(page).toHaveURL(/claimStatus=needs_verdict/);
  await expect(claimCards(page)).toHaveCount(1);
  await expect(claimCards(page).first()).toContainText("12 closed");
  // A claim keeps its number in the whole list.
  await expect(claimCards(page).first()).toContainText("3");

  await page.reload();
  await expect(page.getByTestId("article-workspace")).toHaveAttribute("data-hydrated", "true");
  await expect(claimCards(page)).toHaveCount(1);
  await expect(form.getByLabel("Status")).toHaveValue("needs_verdict");
  await expect(form.getByLabel("Claimant")).toHaveValue("Mayor Jane Doe");

  // Rating: only the approved claim is rated True; with "Needs verdict" still set, none match.
  await form.getByLabel("Rating").selectOption({ label: "True" });
  await form.getByRole("button", { name: "Filter claims" }).click();
  await expect(page.getByTestId("no-claims-match")).toBeVisible();
  await form.getByLabel("Status").selectOption({ label: "Any" });
  await form.getByRole("button", { name: "Filter claims" }).click();
  await expect(claimCards(page)).toHaveCount(1);
  await expect(claimCards(page).first()).toContainText("300 homes");
  expect(await seriousViolations(page)).toEqual([]);

  await form.getByRole("link", { name: "Clear claim filters" }).click();
  await expect(claimCards(page)).toHaveCount(3);
  await expect(page).not.toHaveURL(/claimant=/);
});

test("the articles list filters by assignee and lead editor and sorts by due day, all kept in the URL", async ({
  page,
}) => {
  const owned = await createOwnedArticles();
  const { word, ritaId } = owned;
  const [mine, shared, free] = [owned.mine.title, owned.shared.title, owned.free.title];
  await signIn(page, "viewer");
  await page.goto(`/?q=${word}`);
  // Newest first: the last one made leads.
  await expect.poll(() => rowTitles(page)).toEqual([free, shared, mine]);

  // Each row says who leads it, who owns it and when it is due, overdue in words.
  const mineRow = rows(page).filter({ hasText: mine });
  await expect(mineRow).toContainText("Lead editorEddie Editor");
  await expect(mineRow).toContainText("AssigneeRita Reviewer");
  await expect(mineRow.getByTestId("article-due")).toHaveText("Overdue: was due 1 February 2024");
  await expect(rows(page).filter({ hasText: shared }).getByTestId("article-due")).toHaveText(
    "Due 30 June 2099",
  );
  await expect(rows(page).filter({ hasText: free }).getByTestId("article-due")).toHaveText("No due date");

  // Assignee: the article's own, or any of its claims'.
  await searchForm(page).getByLabel("Assignee").selectOption({ label: "Rita Reviewer" });
  await searchForm(page).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]assignee=${ritaId}`));
  await expect.poll(() => rowTitles(page)).toEqual([shared, mine]);

  // Nobody owns the third.
  await searchForm(page).getByLabel("Assignee").selectOption({ label: "Nobody" });
  await searchForm(page).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]assignee=none/);
  await expect.poll(() => rowTitles(page)).toEqual([free]);

  // Lead editor, by keyboard: the form submits on Enter.
  await searchForm(page).getByLabel("Assignee").selectOption({ label: "Anyone" });
  await searchForm(page).getByLabel("Lead editor").selectOption({ label: "Eddie Editor" });
  await searchForm(page).getByLabel("Search titles and text").press("Enter");
  await expect(page).toHaveURL(/[?&]leadEditor=/);
  await expect(page).not.toHaveURL(/assignee=none/);
  await expect.poll(() => rowTitles(page)).toEqual([mine]);
  await searchForm(page).getByLabel("Lead editor").selectOption({ label: "Nobody" });
  await searchForm(page).getByRole("button", { name: "Apply" }).click();
  await expect.poll(() => rowTitles(page)).toEqual([free, shared]);

  // Due soonest: the overdue one first, the undated last.
  await searchForm(page).getByLabel("Lead editor").selectOption({ label: "Anyone" });
  await searchForm(page).getByLabel("Sort").selectOption({ label: "Due soonest" });
  await searchForm(page).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]sort=due/);
  await expect.poll(() => rowTitles(page)).toEqual([mine, shared, free]);

  // Everything at once, then reloaded and shared: the same view.
  await searchForm(page).getByLabel("Assignee").selectOption({ label: "Rita Reviewer" });
  await searchForm(page).getByLabel("Lead editor").selectOption({ label: "Nobody" });
  await searchForm(page).getByRole("button", { name: "Apply" }).click();
  await expect.poll(() => rowTitles(page)).toEqual([shared]);
  const expectSameView = async () => {
    await expect.poll(() => rowTitles(page)).toEqual([shared]);
    await expect(searchForm(page).getByLabel("Search titles and text")).toHaveValue(word);
    await expect(searchForm(page).getByLabel("Assignee")).toHaveValue(ritaId);
    await expect(searchForm(page).getByLabel("Lead editor")).toHaveValue("none");
    await expect(searchForm(page).getByLabel("Sort")).toHaveValue("due");
  };
  await page.reload();
  await expectSameView();
  const sharedUrl = page.url();
  const other = await page.context().newPage();
  await other.goto(sharedUrl);
  await expect.poll(() => rowTitles(other)).toEqual([shared]);
  await other.close();
  // The status links keep the person filters and the sort.
  await expect(
    page.getByRole("navigation", { name: "Filter articles by status" }).getByRole("link", { name: "All" }),
  ).toHaveAttribute("href", new RegExp(`assignee=${ritaId}&leadEditor=none&sort=due`));
  expect(await seriousViolations(page)).toEqual([]);

  // Nothing matches: it says which filters, and Clear filters shows everything again.
  await page.goto(`/?q=${word}&assignee=${ritaId}&leadEditor=none&published=published`);
  await expect(
    page.getByText(
      `No articles containing “${word}”, with report published, owned by Rita Reviewer, led by nobody.`,
    ),
  ).toBeVisible();
  await searchForm(page).getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(searchForm(page).getByLabel("Assignee")).toHaveValue("");
  await expect(searchForm(page).getByLabel("Lead editor")).toHaveValue("");
  await expect(searchForm(page).getByLabel("Sort")).toHaveValue("newest");
});

test("the article page's claims filter by assignee, kept in the URL", async ({ page }) => {
  const article = await createFixtureArticle(
    ["The mayor said 300 homes were built. The minister said 40 schools opened. Critics said 12 closed."],
    [{ quote: "300 homes" }, { quote: "40 schools" }, { quote: "12 closed" }],
  );
  const db = await database();
  const rita = await db.user.findUniqueOrThrow({ where: { email: "reviewer@example.com" } });
  const rafael = await db.user.findUniqueOrThrow({ where: { email: "reviewer2@example.com" } });
  await db.claim.update({ where: { id: article.claimIds[0]! }, data: { assigneeId: rita.id } });
  await db.claim.update({ where: { id: article.claimIds[2]! }, data: { assigneeId: rafael.id } });
  await signIn(page, "viewer");
  await openArticle(page, article.id);
  const form = page.getByRole("form", { name: "Filter claims" });
  await expect(claimCards(page)).toHaveCount(3);

  await form.getByLabel("Assignee").selectOption({ label: "Rita Reviewer" });
  await form.getByRole("button", { name: "Filter claims" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]claimAssignee=${rita.id}`));
  await expect(claimCards(page)).toHaveCount(1);
  await expect(claimCards(page).first()).toContainText("300 homes");
  await expect(form.getByTestId("claim-filter-count")).toHaveText("Showing 1 of 3 claims.");

  await form.getByLabel("Assignee").selectOption({ label: "Nobody" });
  await form.getByRole("button", { name: "Filter claims" }).click();
  await expect(page).toHaveURL(/[?&]claimAssignee=none/);
  await expect(claimCards(page)).toHaveCount(1);
  await expect(claimCards(page).first()).toContainText("40 schools");

  await page.reload();
  await expect(page.getByTestId("article-workspace")).toHaveAttribute("data-hydrated", "true");
  await expect(claimCards(page)).toHaveCount(1);
  await expect(claimCards(page).first()).toContainText("40 schools");
  await expect(form.getByLabel("Assignee")).toHaveValue("none");
  expect(await seriousViolations(page)).toEqual([]);

  await form.getByRole("link", { name: "Clear claim filters" }).click();
  await expect(claimCards(page)).toHaveCount(3);
  await expect(page).not.toHaveURL(/claimAssignee=/);
  // The form shows what the list shows: no filter left to apply again.
  await expect(form.getByLabel("Assignee")).toHaveValue("");
});
